package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.steps.BuildLog;
import io.jenkins.plugins.deploymentsop.steps.People;
import io.jenkins.plugins.deploymentsop.steps.StepEnd;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.mockito.MockedConstruction;

/**
 * {@code preDeployChecklist} played outside Jenkins, for the end-to-end scenario: the step's own
 * {@link PreDeployChecklistExecution} (created without the API copy's constructor, as its unit test does) on a context
 * whose workspace is a real folder, evaluated through {@link ChecklistEvaluation} as on the agent; while sign-offs
 * wait, the people answer on the build's "Deployment Decisions" page, and every answer is followed by a tick.
 */
public final class ChecklistDriver {
    private ChecklistDriver() {}

    /**
     * Plays the step until it ends.
     *
     * @param step the parameters, as a Jenkinsfile gives them
     * @param run the build
     * @param workspace the build's workspace
     * @param log the build log
     * @param people who answer the sign-offs
     * @param limit the longest the step may take
     * @return how the step ended
     * @throws Exception if the step could not run
     */
    public static StepEnd check(
            final PreDeployChecklistStep step,
            final Run<?, ?> run,
            final Path workspace,
            final Consumer<String> log,
            final People people,
            final Duration limit)
            throws Exception {
        AtomicReference<StepEnd> end = new AtomicReference<>();
        StepContext context = context(run, workspace, BuildLog.listener(log), end);
        try (MockedConstruction<AbortException> aborts = AbortMessages.mock()) {
            PreDeployChecklistExecution execution = execution(step, context);
            execution.begin();
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<Duration> next = execution.tick();
                if (end.get() != null) {
                    return end.get();
                }
                People.awaitTick(
                        next.orElseThrow(() -> new IllegalStateException("the checklist stopped ticking unfinished")),
                        run.getExternalizableId(),
                        people);
            }
            return StepEnd.failure("preDeployChecklist did not end within " + limit + ": " + execution.getStatus());
        }
    }

    private static StepContext context(
            final Run<?, ?> run, final Path workspace, final TaskListener listener, final AtomicReference<StepEnd> end)
            throws Exception {
        StepContext context = mock(StepContext.class);
        FilePath filePath = mock(FilePath.class);
        when(filePath.act(any())).thenAnswer(invocation -> ((ChecklistEvaluation) invocation.getArgument(0))
                .evaluate(workspace, Clock.systemUTC()));
        when(context.get(Run.class)).thenReturn(run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(context.get(FilePath.class)).thenReturn(filePath);
        when(context.get(FlowNode.class)).thenReturn(mock(FlowNode.class));
        doAnswer(invocation -> {
                    end.set(StepEnd.success((Map<String, ?>) invocation.getArgument(0)));
                    return null;
                })
                .when(context)
                .onSuccess(any());
        doAnswer(invocation -> {
                    end.set(StepEnd.failure(((Throwable) invocation.getArgument(0)).getMessage()));
                    return null;
                })
                .when(context)
                .onFailure(any());
        return context;
    }

    /**
     * Creates the execution without the API copy's StepExecution constructor (it throws), its fields set as it sets
     * them; the real methods run on it, with the given context.
     *
     * @param step the step
     * @param context the step's context
     * @return the execution, not yet begun
     * @throws ReflectiveOperationException if a field is gone
     */
    static PreDeployChecklistExecution execution(final PreDeployChecklistStep step, final StepContext context)
            throws ReflectiveOperationException {
        PreDeployChecklistExecution execution =
                mock(PreDeployChecklistExecution.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
        doReturn(context).when(execution).getContext();
        set(execution, "step", step);
        set(execution, "stoppedBy", "");
        set(execution, "buildId", "");
        return execution;
    }

    private static void set(final PreDeployChecklistExecution execution, final String name, final Object value)
            throws ReflectiveOperationException {
        Field field = PreDeployChecklistExecution.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(execution, value);
    }
}
