/**
 * Glue of {@code rollbackIfUnhealthy}: the step, its nested Describables (rules, metric sources, health signals)
 * and an execution that delegates every tick to the plain, serializable {@link
 * io.jenkins.plugins.deploymentsop.steps.rollback.WatchSession}, which drives the engine's watcher and rollback
 * plan and writes the deployment record.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
