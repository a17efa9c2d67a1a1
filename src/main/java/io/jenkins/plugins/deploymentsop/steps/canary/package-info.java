/**
 * Glue of {@code canaryPromote}: the step, its metric and source Describables, and an execution that ticks the
 * engine's canary state machine and writes every step to the deployment record.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
