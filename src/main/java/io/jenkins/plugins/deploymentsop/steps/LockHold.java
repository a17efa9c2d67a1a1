package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.Lease;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a step holds the deployment lock of its service and environment: a lease of its own, or the lease of an
 * enclosing step of the same build that it joined (a {@code canaryPromote} inside {@code blueGreenDeploy}), which it
 * must neither wait for nor release. Used by {@code canaryPromote} and {@code rollbackIfUnhealthy}, which wait for
 * the lock; serializable with the step; the locks themselves live in memory, so after a restart the hold is taken
 * again. Thread-safe: a stop may release the lock while a tick takes it.
 */
public final class LockHold implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How often a step waiting for the lock tries again. */
    public static final Duration RETRY = Duration.ofSeconds(5);

    // the lease was released between the failed try and the look at the holder: try again soon
    private static final Duration RACE_RETRY = Duration.ofMillis(100);

    @CheckForNull
    private Lease own;

    private boolean joined;
    private String waitingFor = "";

    @CheckForNull
    private Instant waitingSince;

    /**
     * Takes the lock, joins the lease of an enclosing step of the same build, or says how long to wait.
     *
     * @param lock the deployment locks
     * @param key the service and environment
     * @param holder this build, as {@code DeploymentLocks.holderOf} names it
     * @param now the current time
     * @param log the build log, told once per holder waited for
     * @return empty once held; otherwise when to try again
     */
    public synchronized Optional<Duration> take(
            final DeploymentLock lock,
            final DeploymentKey key,
            final String holder,
            final Instant now,
            final Consumer<String> log) {
        Lease mine = own;
        if (mine != null) {
            if (lock.holder(key).filter(mine::equals).isPresent()) {
                return Optional.empty();
            }
            // released under the step, e.g. with a build that was killed: never act on a lease that is gone
            log.accept("the deployment lock of " + key.id() + " was released under this step; taking it again");
            own = null;
        } else if (joined) {
            return Optional.empty();
        }
        Optional<Lease> taken = lock.tryAcquire(key, holder);
        if (taken.isPresent()) {
            own = taken.get();
            Instant since = waitingSince;
            if (since != null) {
                log.accept("took the deployment lock after waiting "
                        + Duration.between(since, now).toSeconds() + "s for " + waitingFor);
            }
            waitingFor = "";
            waitingSince = null;
            return Optional.empty();
        }
        Optional<Lease> current = lock.holder(key);
        if (current.isEmpty()) {
            return Optional.of(RACE_RETRY);
        }
        if (current.get().holder().equals(holder)) {
            joined = true;
            log.accept("runs inside a step of this build that holds the deployment lock of " + key.id() + " (since "
                    + current.get().since() + "): shares it");
            return Optional.empty();
        }
        String held = current.get().describe();
        if (!held.equals(waitingFor)) {
            log.accept("waiting for the deployment lock: " + held);
            waitingFor = held;
        }
        if (waitingSince == null) {
            waitingSince = now;
        }
        return Optional.of(RETRY);
    }

    /**
     * Gives back a lease of its own; a joined lease stays with the step that took it.
     *
     * @param lock the deployment locks
     */
    public synchronized void release(final DeploymentLock lock) {
        Lease held = own;
        if (held != null) {
            lock.release(held);
            own = null;
        }
        joined = false;
    }

    /** Forgets the hold after a restart of Jenkins: the in-memory locks are gone, the next tick takes it again. */
    public synchronized void restarted() {
        own = null;
        joined = false;
    }

    /** Whether the step holds the lock, its own or joined. */
    public synchronized boolean isHeld() {
        return own != null || joined;
    }

    /** Whether the step runs inside an enclosing step of its build that holds the lock. */
    public synchronized boolean isJoined() {
        return joined;
    }

    /** Whom the step waits for, if it waits. */
    public synchronized Optional<String> waitingFor() {
        return waitingFor.isEmpty() ? Optional.empty() : Optional.of(waitingFor);
    }
}
