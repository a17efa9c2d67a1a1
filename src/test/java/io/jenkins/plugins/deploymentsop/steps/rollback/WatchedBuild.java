package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.SecurityRealm;
import io.jenkins.plugins.deploymentsop.steps.DeploymentLocks;
import io.jenkins.plugins.deploymentsop.testing.SecurityMocks;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.DeploymentDecisionsAction;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.springframework.security.core.Authentication;

/**
 * A build running one {@code rollbackIfUnhealthy} in real time through the step's own glue: its
 * {@link RollbackIfUnhealthyExecution} (which registers the question of a manual rule for the build page) and the
 * "Deployment Decisions" page whose POST handler ({@link DeploymentDecisionsAction#doDecide}) routes a person's answer
 * to it. Only what needs a running Jenkins is mocked: the step context, the build, its log, the signed-in user, Jenkins'
 * timer and the HTTP response. The test plays the timer: it ticks the execution after the delay each tick asks for,
 * and at once when the execution asks for an immediate tick after an answer.
 */
final class WatchedBuild implements AutoCloseable {
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final String buildId = "shop-pipeline#" + BUILDS.incrementAndGet();
    private final StepContext context = mock(StepContext.class);
    private final Run<?, ?> run = mock(Run.class);
    private final ScheduledExecutorService timer = mock(ScheduledExecutorService.class);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final MockedStatic<Timer> timerStatic;
    private final MockedStatic<Jenkins> jenkinsStatic;
    private final MockedConstruction<AbortException> aborts;
    private final List<String> abortMessages = new ArrayList<>();
    private final RollbackIfUnhealthyExecution execution;
    private Optional<Duration> next;

    /**
     * Starts the build's step: its first tick reads the router and the baseline.
     *
     * @param step the step's parameters
     * @param session the watch
     * @param services the collaborators, wired as the execution wires them
     * @throws Exception if the first tick fails
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    WatchedBuild(final RollbackIfUnhealthyStep step, final WatchSession session, final WatchServices services)
            throws Exception {
        TaskListener listener = mock(TaskListener.class);
        when(listener.getLogger()).thenReturn(new PrintStream(console, true, StandardCharsets.UTF_8));
        when(context.get(Run.class)).thenReturn((Run) run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(run.getExternalizableId()).thenReturn(buildId);
        doReturn(mock(ScheduledFuture.class)).when(timer).schedule(any(Runnable.class), anyLong(), any());
        timerStatic = mockStatic(Timer.class);
        timerStatic.when(Timer::get).thenReturn(timer);
        jenkinsStatic = mockStatic(Jenkins.class);
        Jenkins jenkins = mock(Jenkins.class);
        SecurityRealm realm = SecurityMocks.realm(true);
        when(jenkins.getSecurityRealm()).thenReturn(realm);
        jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
        aborts = mockConstruction(
                AbortException.class,
                (abort, creation) ->
                        abortMessages.add((String) creation.arguments().get(0)));

        // StepExecution's constructor is Jenkins': build the execution without it and give it what start() would
        execution = mock(RollbackIfUnhealthyExecution.class, Mockito.CALLS_REAL_METHODS);
        doReturn(context).when(execution).getContext();
        set("step", step);
        set("session", session);
        set("services", services);
        try {
            next = execution.tick();
        } catch (Exception | AssertionError failure) {
            close(); // the static mocks belong to this thread: the next build could not register its own
            throw failure;
        }
    }

    private void set(final String name, final Object value) throws ReflectiveOperationException {
        Field field = RollbackIfUnhealthyExecution.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(execution, value);
    }

    /**
     * Ticks as asked until the build page shows a manual rule's question (the standing "Roll back now" is there all
     * along).
     *
     * @param within how long to wait at most
     * @return the question, empty if the step ended or the time ran out first
     * @throws Exception if a tick fails
     */
    Optional<PendingDecision> awaitQuestion(final Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (ruleQuestion().isEmpty() && next.isPresent() && System.nanoTime() < deadline) {
            tickAfter(next.get(), deadline);
        }
        return ruleQuestion();
    }

    private Optional<PendingDecision> ruleQuestion() {
        return pending().stream()
                .filter(question -> question.choices().contains("ROLLBACK"))
                .findFirst();
    }

    /** Returns the standing "Roll back now" question, while the build page offers it. */
    Optional<PendingDecision> rollbackNow() {
        return pending().stream()
                .filter(question -> question.choices().contains(WatchSession.ROLLBACK_NOW))
                .findFirst();
    }

    /** Returns the questions the build page shows now. */
    List<PendingDecision> pending() {
        return DecisionRegistry.pending(buildId);
    }

    /**
     * Answers a question as a person does on the build page: a POST to the page's {@code decide} handler, which
     * checks the permission and routes the answer to the execution; then the tick the execution asks for at once.
     *
     * @param question the question
     * @param user who answers
     * @param choice the button, e.g. {@code rollback} or {@code keep}
     * @param comment the comment
     * @throws Exception if the tick fails
     */
    void answer(final PendingDecision question, final String user, final String choice, final String comment)
            throws Exception {
        Authentication person = SecurityMocks.signedIn(user, List.of());
        jenkinsStatic.when(Jenkins::getAuthentication2).thenReturn(person);
        clearInvocations(timer);

        HttpServletResponse response = mock(HttpServletResponse.class);
        new DeploymentDecisionsAction(run).doDecide(question.id(), choice, comment, response);

        verify(response).sendRedirect(".");
        verify(run, atLeastOnce()).checkPermission(any());
        verify(timer).schedule(any(Runnable.class), eq(0L), eq(TimeUnit.MILLISECONDS));
        next = execution.tick();
    }

    /**
     * Ticks as asked until the step completes.
     *
     * @param within how long to wait at most
     * @return how the step ended
     * @throws Exception if a tick fails or the step did not end in time
     */
    Ending runToEnd(final Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (next.isPresent() && System.nanoTime() < deadline) {
            tickAfter(next.get(), deadline);
        }
        if (next.isPresent()) {
            throw new AssertionError("The step did not end within " + within + "; " + execution.getStatus());
        }
        return ending();
    }

    private void tickAfter(final Duration delay, final long deadline) throws Exception {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        Thread.sleep(Math.max(0, Math.min(delay.toMillis(), left)));
        next = execution.tick();
    }

    private Ending ending() throws Exception {
        ArgumentCaptor<Object> result = ArgumentCaptor.forClass(Object.class);
        ArgumentCaptor<Throwable> failure = ArgumentCaptor.forClass(Throwable.class);
        if (Mockito.mockingDetails(context).getInvocations().stream()
                .anyMatch(call -> call.getMethod().getName().equals("onSuccess"))) {
            verify(context).onSuccess(result.capture());
            @SuppressWarnings("unchecked")
            Map<String, Object> value = (Map<String, Object>) result.getValue();
            return new Ending(value, "");
        }
        verify(context).onFailure(failure.capture());
        int index = aborts.constructed().indexOf(failure.getValue());
        return new Ending(Map.of(), index < 0 ? String.valueOf(failure.getValue()) : abortMessages.get(index));
    }

    /** Returns the step's status line, as the build's thread dump shows it. */
    String status() {
        return execution.getStatus();
    }

    /** Returns what the step wrote to the build log. */
    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        pending().forEach(question -> DecisionRegistry.unregister(buildId, question.id()));
        DeploymentLocks.get().releaseAll(buildId); // as Jenkins does when a build ends, so no other test waits for it
        aborts.close();
        jenkinsStatic.close();
        timerStatic.close();
    }

    /**
     * How the step ended.
     *
     * @param result the step's return value, empty if it failed
     * @param failure the message the build fails with, empty if it succeeded
     */
    record Ending(Map<String, Object> result, String failure) {
        boolean succeeded() {
            return failure.isEmpty();
        }
    }
}
