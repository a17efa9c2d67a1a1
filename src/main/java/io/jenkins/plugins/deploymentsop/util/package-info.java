/**
 * Engine-wide plumbing without any Jenkins type: hardened parsers for untrusted files and the command runner
 * abstraction (commands run on the agent in Jenkins, in-process in tests).
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.util;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
