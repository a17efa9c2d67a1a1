package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void shouldNameTheRollbackTriggerOfARolledBackDeployment() {
        ReportSummary summary = ReportSummary.of(ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN), NOW);

        assertThat(summary.getText())
                .isEqualTo("Deployment shop → production 1.4.1: ROLLED_BACK after 12 min (error rate 12% > 10%)");
        assertThat(summary.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(summary.getReason()).isEqualTo("error rate 12% > 10%");
    }

    @Test
    void shouldGiveTheReasonOfAFailureAndNoneOfASuccess() {
        assertThat(ReportSummary.of(ReportFixtures.failedChecklist(ReportFixtures.PLAIN), NOW)
                        .getText())
                .isEqualTo("Deployment shop → production 2.0.0: FAILED after 45 s (blocking gate coverage: line 71% <"
                        + " 80%)");
        assertThat(ReportSummary.of(ReportFixtures.successfulCanary(ReportFixtures.PLAIN), NOW)
                        .getText())
                .isEqualTo("Deployment shop → production 1.4.0: SUCCEEDED after 42 min");
    }

    @Test
    void shouldSayForHowLongADeploymentHasBeenRunning() {
        DeploymentRecord record = ReportFixtures.justStarted();

        assertThat(ReportSummary.of(record, ReportFixtures.START.plusSeconds(300))
                        .getText())
                .isEqualTo("Deployment shop → production: IN_PROGRESS for 5 min");
    }

    @Test
    void shouldKeepLineBreaksOfAReasonOutOfTheLine() {
        DeploymentRecord record = ReportFixtures.justStarted();
        record.finish(Outcome.ABORTED, "stopped\nby   bob", ReportFixtures.START.plusSeconds(60));

        assertThat(ReportSummary.of(record, NOW).getText()).endsWith("ABORTED after 1 min (stopped by bob)");
    }

    @Test
    void shouldSurviveJavaSerializationForTheBuildAction() throws Exception {
        ReportSummary summary = ReportSummary.of(ReportFixtures.rolledBackBlueGreen(ReportFixtures.PLAIN), NOW);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(summary);
        }
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((ReportSummary) input.readObject()).getText()).isEqualTo(summary.getText());
        }
    }
}
