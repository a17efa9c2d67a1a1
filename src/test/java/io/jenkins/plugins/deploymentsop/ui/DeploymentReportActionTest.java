package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentReportActionTest {
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path build;

    @Test
    void shouldSummarizeTheDeploymentInOneLine() {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.setVersion("1.4.0");
        record.setStrategy(Strategy.BLUE_GREEN);
        record.finish(Outcome.ROLLED_BACK, "error rate 12% > 10%", START.plus(Duration.ofMinutes(12)));

        DeploymentReportAction action = new DeploymentReportAction(SHOP);
        action.refresh(record);

        assertThat(action.getSummaryLine())
                .isEqualTo("Deployment shop → production 1.4.0: ROLLED_BACK after 12 min (error rate 12% > 10%)");
        assertThat(action.isChangeFailure()).isTrue();
        assertThat(action.getUrlName()).isEqualTo("deployment-report-shop@production");
        assertThat(action.getDisplayName()).isEqualTo("Deployment Report: shop → production");
    }

    @Test
    void shouldLoadTheRecordLazilyFromTheBuildFolder() throws IOException {
        RecordStore.forBuild(build).update(SHOP, START, record -> record.setVersion("2.0.0"));
        Run<?, ?> run = mock(Run.class);
        when(run.getRootDir()).thenReturn(build.toFile());

        DeploymentReportAction action = new DeploymentReportAction(SHOP);
        action.onLoad(run);

        assertThat(action.getRecord())
                .hasValueSatisfying(record -> assertThat(record.getVersion()).isEqualTo("2.0.0"));
        assertThat(action.getSummaryLine()).isEqualTo("Deployment Report: shop → production: IN_PROGRESS");
        assertThat(action.getReportHtml()).contains("2.0.0");
    }
}
