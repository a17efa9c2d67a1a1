package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.Lease;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a step holds the deployment lock: its own lease, a joined one, waiting, and a lease released under it. */
class LockHoldTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final DeploymentKey KEY = new DeploymentKey("shop", "production");

    private final DeploymentLock lock = new InMemoryDeploymentLock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> log = new ArrayList<>();
    private final LockHold hold = new LockHold();

    @Test
    void shouldWaitForAnotherBuildAndTakeTheLockWhenItIsFree() {
        Lease other = lock.tryAcquire(KEY, "shop/hotfix#3").orElseThrow();

        assertThat(hold.take(lock, KEY, "shop/release#7", NOW, log::add)).contains(LockHold.RETRY);
        assertThat(hold.waitingFor())
                .hasValueSatisfying(holder -> assertThat(holder).contains("shop/hotfix#3"));

        lock.release(other);
        assertThat(hold.take(lock, KEY, "shop/release#7", NOW.plusSeconds(5), log::add))
                .isEmpty();
        assertThat(hold.isHeld()).isTrue();
        assertThat(log).last().asString().startsWith("took the deployment lock after waiting 5s for");

        hold.release(lock);
        assertThat(lock.holder(KEY)).isEmpty();
    }

    @Test
    void shouldNeverGoOnWithALeaseThatWasReleasedUnderIt() {
        assertThat(hold.take(lock, KEY, "shop/release#7", NOW, log::add)).isEmpty();
        lock.releaseAll("shop/release#7"); // as when the build is finalized, e.g. after a kill
        Lease other = lock.tryAcquire(KEY, "shop/hotfix#3").orElseThrow();

        assertThat(hold.take(lock, KEY, "shop/release#7", NOW, log::add))
                .as("waits for the build that has the lock now")
                .contains(LockHold.RETRY);
        assertThat(log)
                .first()
                .isEqualTo("the deployment lock of shop@production was released under this step;" + " taking it again");
        assertThat(hold.isHeld()).isFalse();

        lock.release(other);
        assertThat(hold.take(lock, KEY, "shop/release#7", NOW, log::add)).isEmpty();
        assertThat(lock.holder(KEY))
                .hasValueSatisfying(lease -> assertThat(lease.holder()).isEqualTo("shop/release#7"));
    }

    @Test
    void shouldShareTheLeaseOfAnEnclosingStepOfTheSameBuildAndLeaveItHeld() {
        lock.tryAcquire(KEY, "shop/release#7").orElseThrow();

        assertThat(hold.take(lock, KEY, "shop/release#7", NOW, log::add)).isEmpty();
        assertThat(hold.isJoined()).isTrue();
        hold.release(lock);

        assertThat(lock.holder(KEY)).as("the enclosing step still holds it").isPresent();
    }
}
