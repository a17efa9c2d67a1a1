package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * {@code preDeployChecklist} outside {@code node}: the context has no workspace, so the controller evaluates the
 * checklist. Sign-offs, HTTP checks and the window work and the step waits for people; items that need files end
 * ERROR naming themselves and {@code node}; a checklist file is refused in one line.
 */
class ChecklistOutsideNodeTest {
    private static final DeploymentKey KEY = new DeploymentKey("shop", "production");
    private static final String SECURITY = "shop@production:checklist:sign-offs:security";

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(12);

    private final StepContext context = mock(StepContext.class);
    private final String build = jenkins.buildId();
    private HttpServer health;

    @BeforeEach
    void startWithoutAWorkspace() throws Exception {
        jenkins.closeAfterTest(AbortMessages.mock());
        Run<?, ?> run = jenkins.run();
        TaskListener listener = jenkins.listener();
        when(context.get(Run.class)).thenReturn(run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(context.get(FilePath.class)).thenReturn(null); // outside node
        health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        health.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        health.start();
    }

    @AfterEach
    void stop() {
        health.stop(0);
        DecisionRegistry.unregister(build, SECURITY);
    }

    private PreDeployChecklistExecution started(final String name, final ChecklistItemSpec... items) throws Exception {
        PreDeployChecklistStep step = new PreDeployChecklistStep("1.4.0", "production");
        step.setService("shop");
        step.setName(name);
        step.setItems(List.of(items));
        PreDeployChecklistExecution execution = ChecklistDriver.execution(step, context);
        execution.setClock(Clock.fixed(ChecklistEvaluationTest.NOW, ZoneOffset.UTC));
        execution.begin();
        return execution;
    }

    private Map<String, ChecklistEntry> recorded() throws IOException {
        return RecordStore.forBuild(jenkins.buildFolder()).load(KEY).orElseThrow().getChecklist().stream()
                .collect(Collectors.toMap(ChecklistEntry::id, entry -> entry));
    }

    private String failureMessage() {
        ArgumentCaptor<Throwable> failure = ArgumentCaptor.forClass(Throwable.class);
        verify(context).onFailure(failure.capture());
        verify(context, never()).onSuccess(any());
        return failure.getValue().getMessage();
    }

    private HttpCheckItem healthCheck() {
        HttpCheckItem item =
                new HttpCheckItem("http://127.0.0.1:" + health.getAddress().getPort() + "/health");
        item.setJsonPointer("/status");
        item.setJsonValue("UP");
        return item;
    }

    private static WindowItem window() {
        WindowItem item = new WindowItem();
        item.setTimezone("UTC");
        item.setDays("MON-FRI");
        item.setHours("09:00-17:00");
        return item;
    }

    private static ManualItem security() {
        ManualItem item = new ManualItem("security");
        item.setUsers("alice");
        item.setTimeout("8h");
        return item;
    }

    @Test
    void shouldCheckWithoutFilesAndWaitForTheSignOffOutsideNode() throws Exception {
        PreDeployChecklistExecution execution = started("sign-offs", healthCheck(), window(), security());

        Optional<Duration> wait = execution.tick();

        assertThat(wait).hasValueSatisfying(delay -> assertThat(delay).isGreaterThan(Duration.ofHours(7)));
        verify(context, never()).onSuccess(any());
        verify(context, never()).onFailure(any());
        assertThat(DecisionRegistry.pending(build))
                .extracting(PendingDecision::id)
                .containsExactly(SECURITY);
        Map<String, ChecklistEntry> recorded = recorded();
        assertThat(recorded.get("health").status()).isEqualTo("PASSED");
        assertThat(recorded.get("deployment-window").status()).isEqualTo("PASSED");
        assertThat(recorded.get("security").status()).isEqualTo("PENDING");
        assertThat(jenkins.log())
                .contains("preDeployChecklist runs outside node { }: evaluating on the controller without a workspace")
                .contains("PENDING  security");
        assertThat(execution.getStatus()).isEqualTo("preDeployChecklist: waiting for security");
    }

    @Test
    void shouldEndItemsThatNeedFilesInAnErrorSayingToRunThemInsideNode() throws Exception {
        TestsItem tests = new TestsItem();
        tests.setResults("**/TEST-*.xml");
        DocumentsItem runbook = new DocumentsItem("docs/runbook.md");
        runbook.setId("runbook");
        PreDeployChecklistExecution execution = started("gates", tests, runbook, healthCheck());

        assertThat(execution.tick()).isEmpty();

        assertThat(failureMessage())
                .startsWith("Checklist 'gates' failed")
                .contains("blocking: tests (ERROR: Item 'tests' (tests) needs the workspace, as it reads files or"
                        + " runs a command, and this evaluation has none: this preDeployChecklist runs outside"
                        + " node { }. Evaluate the items that need files in a preDeployChecklist inside node { }")
                .contains("runbook (ERROR: Item 'runbook' (documents) needs the workspace");
        Map<String, ChecklistEntry> recorded = recorded();
        assertThat(recorded.get("tests").status()).isEqualTo("ERROR");
        assertThat(recorded.get("runbook").status()).isEqualTo("ERROR");
        assertThat(recorded.get("health").status()).isEqualTo("PASSED");
    }

    @Test
    void shouldRefuseAChecklistFileOutsideNode() throws Exception {
        PreDeployChecklistStep step = new PreDeployChecklistStep("1.4.0", "production");
        step.setService("shop");
        step.setChecklist("deploy/checklist.yaml");
        PreDeployChecklistExecution execution = ChecklistDriver.execution(step, context);
        execution.begin();

        assertThatThrownBy(() -> execution.tick())
                .hasMessage("preDeployChecklist reads its checklist file 'deploy/checklist.yaml' from the workspace,"
                        + " and it runs outside node { }: run it inside node { }, or give the items in the Pipeline");
        assertThat(RecordStore.forBuild(jenkins.buildFolder()).load(KEY)).isEmpty();
    }

    @Test
    void shouldRequireOnlyTheBuildAndItsLogSoThatItCanRunOutsideNode() {
        PreDeployChecklistStep.DescriptorImpl descriptor = mock(
                PreDeployChecklistStep.DescriptorImpl.class,
                org.mockito.Mockito.withSettings().defaultAnswer(org.mockito.Mockito.CALLS_REAL_METHODS));

        assertThat(Set.copyOf(descriptor.getRequiredContext())).isEqualTo(Set.of(Run.class, TaskListener.class));
    }
}
