package io.jenkins.plugins.deploymentsop.dora.export;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.DoraCalculator;
import io.jenkins.plugins.deploymentsop.dora.DoraQuery;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Instant;
import java.util.List;

/** A small report with a hostile service name, a normal one and periods without data. */
final class ExportFixture {
    static final Instant END = Instant.parse("2026-02-04T12:00:00Z");
    static final String HOSTILE = "=HYPERLINK(\"javascript:alert(1)\",\"<script>x</script>\")";

    private ExportFixture() {}

    static DoraReport report() {
        Instant finished = END.minusSeconds(2 * 86_400);
        DeploymentEvent hostile = DeploymentEvent.builder()
                .deploymentId("evil#1#0")
                .job("evil")
                .service(HOSTILE)
                .environment("prod, \"eu\"")
                .productionTier(true)
                .outcome(Outcome.ROLLED_BACK)
                .startedAt(finished.minusSeconds(60))
                .finishedAt(finished)
                .failureDetectedAt(finished)
                .serviceRestoredAt(finished.plusSeconds(1800))
                .incident("@INC-1")
                .build();
        DeploymentEvent shop = DeploymentEvent.builder()
                .deploymentId("shop#1#0")
                .job("shop")
                .service("shop")
                .environment("production")
                .productionTier(true)
                .startedAt(finished.minusSeconds(60))
                .finishedAt(finished)
                .commit("abc", finished.minusSeconds(7200))
                .build();
        return DoraCalculator.compute(
                List.of(hostile, shop), DoraQuery.builder(END).trendWeeks(2).build());
    }
}
