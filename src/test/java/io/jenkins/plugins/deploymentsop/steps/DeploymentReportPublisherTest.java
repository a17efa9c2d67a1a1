package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.EnvironmentTiers;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedStatic;

/** The work of deploymentReport on a build whose Jenkins objects are mocks and whose folders are real. */
class DeploymentReportPublisherTest {
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");
    private static final Instant BUILD_START = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path jenkinsHome;

    @TempDir
    Path buildFolder;

    private final Run<?, ?> run = mock(Run.class);
    private final List<Object> actions = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final TaskListener listener = mock(TaskListener.class);
    private MockedStatic<Jenkins> jenkinsStatic;
    private MockedStatic<DeploymentSopConfiguration> configurationStatic;

    @BeforeEach
    void mockJenkins() {
        Jenkins jenkins = mock(Jenkins.class);
        when(jenkins.getRootDir()).thenReturn(jenkinsHome.toFile());
        jenkinsStatic = mockStatic(Jenkins.class);
        jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
        DeploymentSopConfiguration configuration = mock(DeploymentSopConfiguration.class);
        when(configuration.getEnvironmentTiers()).thenReturn(EnvironmentTiers.defaults());
        configurationStatic = mockStatic(DeploymentSopConfiguration.class);
        configurationStatic.when(DeploymentSopConfiguration::get).thenReturn(configuration);

        Job<?, ?> job = mock(Job.class);
        when(job.getFullName()).thenReturn("shop/deploy");
        doReturnParent(job);
        when(run.getNumber()).thenReturn(7);
        when(run.getRootDir()).thenReturn(buildFolder.toFile());
        when(run.getStartTimeInMillis()).thenReturn(BUILD_START.toEpochMilli());
        when(run.getResult()).thenReturn(Result.SUCCESS);
        when(run.getActions(DeploymentReportAction.class)).thenAnswer(invocation -> actions.stream()
                .filter(DeploymentReportAction.class::isInstance)
                .map(DeploymentReportAction.class::cast)
                .toList());
        doAnswer(invocation -> actions.add(invocation.getArgument(0))).when(run).addAction(any());
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void doReturnParent(final Job<?, ?> job) {
        when(((Run) run).getParent()).thenReturn(job);
    }

    @AfterEach
    void closeMocks() {
        jenkinsStatic.close();
        configurationStatic.close();
    }

    @Test
    void shouldRecordADeploymentMadeWithPlainShellStepsAndIndexItForDora() throws Exception {
        DeploymentReportStep step = new DeploymentReportStep("shop", "production");
        step.setVersion("1.4.0");
        step.setType("hotfix");

        Map<String, Object> result = new DeploymentReportPublisher(step, run, listener, null).publish();

        assertThat(result).containsEntry("outcome", "SUCCEEDED").containsEntry("version", "1.4.0");
        var record = RecordStore.forBuild(buildFolder).load(SHOP).orElseThrow();
        assertThat(record.getStartedAt()).isEqualTo(BUILD_START);
        assertThat(record.getJob()).isEqualTo("shop/deploy");
        assertThat(record.isProductionTier()).isTrue();
        assertThat(actions).singleElement().isInstanceOf(DeploymentReportAction.class);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Deployment shop → production 1.4.0: SUCCEEDED");

        DeploymentTable indexed = new DeploymentIndex(jenkinsHome.resolve("deployment-sop"))
                .snapshot()
                .getTable();
        assertThat(indexed.size()).isEqualTo(1);
        assertThat(indexed.getDeploymentId(0)).isEqualTo("shop/deploy#7#shop@production");
    }

    @Test
    void shouldDeriveARolledBackOutcomeFromTheRecord() throws Exception {
        RecordStore.forBuild(buildFolder).update(SHOP, BUILD_START, record -> {
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
        Path file = Files.writeString(buildFolder.resolve("app.war"), "hello");

        assertThat(ArtifactChecksums.sha256(file))
                .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    }
}
