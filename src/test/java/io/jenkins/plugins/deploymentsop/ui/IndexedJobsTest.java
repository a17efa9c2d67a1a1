package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexedJobsTest {
    static DeploymentEvent event(final String job, final int build) {
        Instant finished = Instant.parse("2026-11-20T10:00:00Z");
        return DeploymentEvent.builder()
                .deploymentId(job + "#" + build + "#shop@production")
                .job(job)
                .service("shop")
                .environment("production")
                .version("1.4.0")
                .outcome(Outcome.ROLLED_BACK)
                .startedAt(finished.minusSeconds(600))
                .finishedAt(finished)
                .failureDetectedAt(finished.minusSeconds(300))
                .serviceRestoredAt(finished.minusSeconds(120))
                .incident("INC-7")
                .commit("0123456789abcdef0123456789abcdef01234567", finished.minusSeconds(3600))
                .build();
    }

    @Test
    void shouldFileTheEventOfARenamedJobUnderItsNewNameWithEverythingElseKept() {
        DeploymentEvent moved = IndexedJobs.moved(event("shop/deploy", 12), "shop/deploy", "shop/release");

        assertThat(moved.getJob()).isEqualTo("shop/release");
        assertThat(moved.getDeploymentId()).isEqualTo("shop/release#12#shop@production");
        assertThat(moved.toBuilder()
                        .job("shop/deploy")
                        .deploymentId("shop/deploy#12#shop@production")
                        .build())
                .isEqualTo(event("shop/deploy", 12));
    }

    @Test
    void shouldMoveTheJobsInsideAMovedFolderOnly() {
        assertThat(IndexedJobs.moved(event("shop/deploy", 1), "shop", "webshop").getJob())
                .isEqualTo("webshop/deploy");
        assertThat(IndexedJobs.moved(event("shopping/deploy", 1), "shop", "webshop")
                        .getJob())
                .isEqualTo("shopping/deploy");
        assertThat(IndexedJobs.moved(event("shop/deploy-2", 1), "shop/deploy", "shop/release")
                        .getJob())
                .isEqualTo("shop/deploy-2");
        DeploymentEvent untouched = event("other", 1);
        assertThat(IndexedJobs.moved(untouched, "shop", "webshop")).isSameAs(untouched);
    }

    @Test
    void shouldTellWhatLiesInsideAnItem() {
        assertThat(IndexedJobs.isAtOrUnder("shop/deploy", "shop")).isTrue();
        assertThat(IndexedJobs.isAtOrUnder("shop", "shop")).isTrue();
        assertThat(IndexedJobs.isAtOrUnder("shopping", "shop")).isFalse();
    }
}
