package io.jenkins.plugins.deploymentsop.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryDeploymentLockTest {
    private final InMemoryDeploymentLock lock =
            new InMemoryDeploymentLock(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    private final DeploymentKey shop = new DeploymentKey("shop", "production");

    @Test
    void shouldLetOnlyOneDeploymentPerServiceAndEnvironmentRun() {
        Lease first = lock.tryAcquire(shop, "shop-release #41").orElseThrow();

        assertThat(lock.tryAcquire(shop, "shop-release #42")).isEmpty();
        assertThat(lock.holder(shop)).contains(first);
        assertThat(first.describe())
                .isEqualTo("shop@production is locked by shop-release #41 since 2026-03-01T09:00:00Z");
        assertThat(lock.tryAcquire(new DeploymentKey("shop", "staging"), "other"))
                .isPresent();

        lock.release(first);
        assertThat(lock.holder(shop)).isEmpty();
        assertThat(lock.tryAcquire(shop, "shop-release #42")).isPresent();
    }

    @Test
    void shouldIgnoreAStaleRelease() {
        Lease stale = lock.tryAcquire(shop, "#41").orElseThrow();
        lock.release(stale);
        Lease current = lock.tryAcquire(shop, "#42").orElseThrow();

        lock.release(stale);
        assertThat(lock.holder(shop)).contains(current);
    }

    @Test
    void shouldRejectBadNames() {
        assertThatThrownBy(() -> new DeploymentKey("", "production")).hasMessageContaining("'service'");
        assertThatThrownBy(() -> new DeploymentKey("shop", "prod/eu")).hasMessageContaining("'environment'");
    }

    @Test
    void shouldReleaseEverythingAFinishedBuildStillHolds() {
        lock.tryAcquire(shop, "shop/release#41").orElseThrow();
        lock.tryAcquire(new DeploymentKey("cart", "production"), "shop/release#41")
                .orElseThrow();
        Lease other = lock.tryAcquire(new DeploymentKey("shop", "staging"), "shop/release#40")
                .orElseThrow();

        lock.releaseAll("shop/release#41");

        assertThat(lock.holder(shop)).isEmpty();
        assertThat(lock.holder(new DeploymentKey("cart", "production"))).isEmpty();
        assertThat(lock.holder(new DeploymentKey("shop", "staging"))).contains(other);
    }
}
