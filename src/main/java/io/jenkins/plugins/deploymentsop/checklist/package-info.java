/**
 * The pre-deployment checklist engine: items grouped as in the SOP, their checks, results with evidence, the
 * evaluator and the sign-off state of manual items. Plain Java: the Jenkins step and the build page drive it.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.checklist;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
