package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import java.io.Serializable;
import java.time.Instant;

/**
 * A held deployment lock.
 *
 * @param key the service and environment
 * @param holder who holds it
 * @param since when it was taken
 * @param token identifies this lease, so a stale release cannot free someone else's lock
 */
public record Lease(DeploymentKey key, String holder, Instant since, String token) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Describes the lease for a waiting deployment, e.g. {@code shop@production is locked by #41 since ...}. */
    public String describe() {
        return key + " is locked by " + holder + " since " + since;
    }
}
