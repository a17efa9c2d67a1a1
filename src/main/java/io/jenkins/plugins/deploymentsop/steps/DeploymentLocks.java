package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import java.time.Clock;

/**
 * The deployment locks of this controller: one deployment per service and environment at a time, across all jobs.
 * They live in memory; a deployment that was running when Jenkins restarted takes its lock again when it resumes.
 */
public final class DeploymentLocks {
    private static final DeploymentLock LOCKS = new InMemoryDeploymentLock(Clock.systemUTC());

    private DeploymentLocks() {}

    public static DeploymentLock get() {
        return LOCKS;
    }

    /**
     * Names a build as the holder of a lock. Every step of a build uses this name, so a step nested in another
     * step of the same build (a {@code canaryPromote} inside {@code blueGreenDeploy}) recognizes the lease as its own
     * build's; the externalizable id never changes during a build, unlike the display name.
     *
     * @param run the build
     * @return e.g. {@code shop/release#42}
     */
    public static String holderOf(final Run<?, ?> run) {
        return run.getExternalizableId();
    }
}
