package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import java.time.Clock;

/**
 * The deployment locks of this controller: one deployment per service and environment at a time, across all jobs.
 * They live in memory; a deployment that was running when Jenkins restarted takes its lock again when it resumes.
 */
final class DeploymentLocks {
    private static final DeploymentLock LOCKS = new InMemoryDeploymentLock(Clock.systemUTC());

    private DeploymentLocks() {}

    static DeploymentLock get() {
        return LOCKS;
    }
}
