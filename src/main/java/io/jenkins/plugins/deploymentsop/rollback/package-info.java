/**
 * The rollback policy: rules that say when a release is unhealthy (a signal, a condition, a sustained-for window, a
 * severity and an automatic or manual action), the SOP's default decision matrix, and rule sets merged from the
 * defaults, the global configuration, a rules file and the Pipeline.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.rollback;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
