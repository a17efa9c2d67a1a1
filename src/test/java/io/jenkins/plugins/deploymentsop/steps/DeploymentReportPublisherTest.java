package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The work of deploymentReport on a build whose Jenkins objects are mocks and whose folders are real. */
class DeploymentReportPublisherTest {
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");
    private static final Instant BUILD_START = Instant.parse("2026-11-20T10:00:00Z");

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(7);

    private final Run<?, ?> run = jenkins.run();
    private final TaskListener listener = jenkins.listener();

    @BeforeEach
    void startTheBuild() {
        when(run.getStartTimeInMillis()).thenReturn(BUILD_START.toEpochMilli());
        when(run.getResult()).thenReturn(Result.SUCCESS);
    }

    @Test
    void shouldRecordADeploymentMadeWithPlainShellStepsAndIndexItForDora() throws Exception {
        DeploymentReportStep step = new DeploymentReportStep("shop", "production");
        step.setVersion("1.4.0");
        step.setType("hotfix");

        Map<String, Object> result = new DeploymentReportPublisher(step, run, listener, null).publish();

        assertThat(result).containsEntry("outcome", "SUCCEEDED").containsEntry("version", "1.4.0");
        var record = RecordStore.forBuild(jenkins.buildFolder()).load(SHOP).orElseThrow();
        assertThat(record.getStartedAt()).isEqualTo(BUILD_START);
        assertThat(record.getJob()).isEqualTo("shop/deploy");
        assertThat(record.isProductionTier()).isTrue();
        assertThat(jenkins.actions()).singleElement().isInstanceOf(DeploymentReportAction.class);
        assertThat(jenkins.log()).contains("Deployment shop → production 1.4.0: SUCCEEDED");

        DeploymentTable indexed = new DeploymentIndex(jenkins.jenkinsHome().resolve("deployment-sop"))
                .snapshot()
                .getTable();
        assertThat(indexed.size()).isEqualTo(1);
        assertThat(indexed.getDeploymentId(0)).isEqualTo("shop/deploy#7#shop@production");
    }

    @Test
    void shouldDeriveARolledBackOutcomeFromTheRecord() throws Exception {
        RecordStore.forBuild(jenkins.buildFolder()).update(SHOP, BUILD_START, record -> {
            record.addTimeline(new TimelineEntry(
                    BUILD_START, "blueGreenDeploy", "VALIDATING", TimelineEntry.Status.FAILED, "error rate 12% > 10%"));
            record.addRollback(new RollbackEvent(
                    "TRAFFIC",
                    "error rate 12% > 10%",
                    BUILD_START,
                    BUILD_START.plusSeconds(2),
                    true,
                    "100% on blue, verified"));
        });

        Map<String, Object> result = new DeploymentReportPublisher(
                        new DeploymentReportStep("shop", "production"), run, listener, null)
                .publish();

        assertThat(result).containsEntry("outcome", "ROLLED_BACK");
        assertThat((String) result.get("reason")).contains("error rate 12% > 10%");
    }

    @Test
    void shouldRefuseReportFilesOutsideANodeBlockWithAClearMessage() {
        DeploymentReportStep step = new DeploymentReportStep("shop", "production");
        step.setMarkdown("docs/report.md");

        assertThatThrownBy(() -> new DeploymentReportPublisher(step, run, listener, null).publish())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'markdown'")
                .hasMessageContaining("inside a node block");
    }

    @Test
    void shouldValidateParametersWhenTheyAreBound() {
        DeploymentReportStep step = new DeploymentReportStep("shop", "production");

        assertThatThrownBy(() -> step.setMarkdown("../outside.md")).hasMessageContaining("'markdown'");
        assertThatThrownBy(() -> step.setOutcome("great")).hasMessageContaining("'outcome'");
        assertThatThrownBy(() -> step.setType("weekly")).hasMessageContaining("'type'");
        assertThatThrownBy(() -> step.setStrategy("big-bang")).hasMessageContaining("'strategy'");
        assertThatThrownBy(() -> new DeploymentReportStep("shop", "prod/eu")).hasMessageContaining("'environment'");
        step.setStrategy("blue-green");
        assertThat(DeploymentReportStep.parseStrategy(step.getStrategy()).name())
                .isEqualTo("BLUE_GREEN");
    }

    @Test
    void shouldChecksumFilesWithSha256() throws IOException {
        Path file = Files.writeString(jenkins.buildFolder().resolve("app.war"), "hello");

        assertThat(ArtifactChecksums.sha256(file))
                .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    }
}
