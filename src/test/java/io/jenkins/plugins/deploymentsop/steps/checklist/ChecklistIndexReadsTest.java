package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.checklist.DeploymentLookup;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import io.jenkins.plugins.deploymentsop.checklist.PastDeployment;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller reads the deployment index only for a checklist with a {@code stagedFirst} item: not at all
 * without one, before the trip to the agent for one of the Pipeline's, and after a first trip that only built the
 * checklist for one of the checklist file's.
 */
class ChecklistIndexReadsTest {
    @TempDir
    Path workspace;

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(12);

    private final StepContext context = mock(StepContext.class);
    private final FilePath agent = mock(FilePath.class);
    private final AtomicInteger indexReads = new AtomicInteger();
    private final DeploymentLookup index = (service, release) -> {
        indexReads.incrementAndGet();
        return List.of(new PastDeployment(
                service,
                "staging",
                release,
                Outcome.SUCCEEDED,
                ChecklistEvaluationTest.NOW.minus(Duration.ofHours(2)),
                "shop/deploy-staging #41"));
    };

    @BeforeEach
    void startInsideNode() throws Exception {
        jenkins.closeAfterTest(AbortMessages.mock());
        ChecklistEvaluationTest.fill(workspace, false);
        Run<?, ?> run = jenkins.run();
        TaskListener listener = jenkins.listener();
        when(context.get(Run.class)).thenReturn(run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(context.get(FilePath.class)).thenReturn(agent);
        when(agent.act(any())).thenAnswer(invocation -> ((ChecklistEvaluation) invocation.getArgument(0))
                .evaluate(workspace, Clock.fixed(ChecklistEvaluationTest.NOW, ZoneOffset.UTC)));
    }

    private PreDeployChecklistExecution started(final ChecklistItemSpec... items) throws Exception {
        PreDeployChecklistStep step = new PreDeployChecklistStep("1.4.0", "production");
        step.setService("shop");
        step.setChecklist("checklist.yaml");
        step.setItems(List.of(items));
        PreDeployChecklistExecution execution = ChecklistDriver.execution(step, context);
        doReturn(index).when(execution).deployments();
        execution.setClock(Clock.fixed(ChecklistEvaluationTest.NOW, ZoneOffset.UTC));
        execution.begin();
        return execution;
    }

    private static ItemStatus status(final PreDeployChecklistExecution execution, final String id) {
        return execution.result().orElseThrow().item(id).orElseThrow().status();
    }

    @Test
    void shouldNotReadTheIndexForAChecklistWithoutAStagedFirstItem() throws Exception {
        PreDeployChecklistExecution execution = started();

        execution.tick();

        assertThat(indexReads).hasValue(0);
        verify(execution, never()).deployments();
        verify(agent, times(1)).act(any());
        assertThat(status(execution, "tests")).isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldReadTheIndexOnceBeforeTheTripToTheAgentForAStagedFirstItemOfThePipeline() throws Exception {
        PreDeployChecklistExecution execution = started(new StagedFirstItem("staging"));

        execution.tick();

        assertThat(indexReads).hasValue(1);
        verify(agent, times(1)).act(any());
        assertThat(status(execution, "staged-first")).isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldReadTheIndexAfterTheAgentFoundAStagedFirstItemInTheChecklistFile() throws Exception {
        Files.writeString(
                workspace.resolve("checklist.yaml"),
                "  - {id: staged-in-staging, type: stagedFirst, environment: staging}\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        PreDeployChecklistExecution execution = started();

        execution.tick();

        assertThat(indexReads).hasValue(1);
        verify(agent, times(2)).act(any());
        assertThat(status(execution, "staged-in-staging")).isEqualTo(ItemStatus.PASSED);
        assertThat(execution
                        .result()
                        .orElseThrow()
                        .item("staged-in-staging")
                        .orElseThrow()
                        .evidence())
                .contains("shop/deploy-staging #41");
        assertThat(jenkins.log()).containsOnlyOnce("Pre-deployment checklist of shop@production 1.4.0:");
    }
}
