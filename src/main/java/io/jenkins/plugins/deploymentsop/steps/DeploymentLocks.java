package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import java.time.Clock;

/**
 * The deployment locks of this controller: one deployment per service and environment at a time, across all jobs and
 * steps. They live in memory; a deployment that was running when Jenkins restarted takes its lock again when it
 * resumes. A lock is held by a build (its externalizable id): the step releases it when it ends in any way, and
 * whatever a build still holds when it is finalized is released then.
 */
public final class DeploymentLocks {
    private static final DeploymentLock LOCKS = new InMemoryDeploymentLock(Clock.systemUTC());

    private DeploymentLocks() {}

    /**
     * Returns the locks of this controller.
     *
     * @return the locks
     */
    public static DeploymentLock get() {
        return LOCKS;
    }

    /**
     * Names a build as the holder of a lock. Every step of a build uses this name, so a step nested in another
     * step of the same build (a {@code canaryPromote} inside {@code blueGreenDeploy}) recognizes the lease as its own
     * build's; the externalizable id never changes during a build, unlike the display name. It also lets
     * {@link #releaseAllOf} find what a finished build still holds.
     *
     * @param run the build
     * @return e.g. {@code shop/release#42}
     */
    public static String holderOf(final Run<?, ?> run) {
        return run.getExternalizableId();
    }

    /**
     * Releases every lock a build still holds.
     *
     * @param run the finished build
     */
    public static void releaseAllOf(final Run<?, ?> run) {
        LOCKS.releaseAll(holderOf(run));
    }
}
