package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Deployment locks held in memory of one process (one Jenkins controller). Thread-safe. */
public final class InMemoryDeploymentLock implements DeploymentLock {
    private final ConcurrentMap<DeploymentKey, Lease> leases = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryDeploymentLock(final Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Lease> tryAcquire(final DeploymentKey key, final String holder) {
        Lease lease = new Lease(key, holder, clock.instant(), UUID.randomUUID().toString());
        Lease current = leases.putIfAbsent(key, lease);
        return current == null ? Optional.of(lease) : Optional.empty();
    }

    @Override
    public Optional<Lease> holder(final DeploymentKey key) {
        return Optional.ofNullable(leases.get(key));
    }

    @Override
    public void release(final Lease lease) {
        leases.remove(lease.key(), lease);
    }

    @Override
    public void releaseAll(final String holder) {
        leases.values().removeIf(lease -> lease.holder().equals(holder));
    }
}
