package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import java.util.Optional;

/**
 * Lets only one deployment per service and environment run at a time. A second deployment either waits (polling
 * {@link #tryAcquire}) or fails fast, and in both cases can say who holds the lock.
 */
public interface DeploymentLock {
    /**
     * Takes the lock if it is free.
     *
     * @param key the service and environment
     * @param holder who takes it, e.g. {@code shop-release #42}
     * @return the lease, or empty if someone else holds the lock
     */
    Optional<Lease> tryAcquire(DeploymentKey key, String holder);

    /**
     * Tells who holds the lock.
     *
     * @param key the service and environment
     * @return the holder, or empty if the lock is free
     */
    Optional<Lease> holder(DeploymentKey key);

    /**
     * Gives the lock back. Releasing a lease that is no longer held (e.g. after a restart) does nothing.
     *
     * @param lease the lease from {@link #tryAcquire}
     */
    void release(Lease lease);

    /**
     * Gives back every lock a holder still has, e.g. once its build has finished, whatever became of its steps.
     *
     * @param holder the holder as given to {@link #tryAcquire}
     */
    void releaseAll(String holder);
}
