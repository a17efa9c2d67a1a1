package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollout.Lease;
import io.jenkins.plugins.deploymentsop.steps.DeploymentLocks;
import io.jenkins.plugins.deploymentsop.steps.LockHold;
import io.jenkins.plugins.deploymentsop.testing.SecurityMocks;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.DeploymentDecisionsAction;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jenkins.model.Jenkins;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.springframework.security.core.Authentication;

/**
 * The execution's glue around the questions of the build page: its tick shows a manual rule's question and the
 * standing "Roll back now", the "Deployment Decisions" button routes a person's answer through the registry to the
 * execution, which records it in the watch and asks for a tick at once; that tick rolls back and fails the step with
 * the rule (or the person's reason), the values and who decided.
 */
class ExecutionDecisionTest {
    private static final String BUILD = "shop-pipeline#7";
    private static final String OTHER_BUILD = "shop-hotfix#3";
    private static final DeploymentKey KEY = new DeploymentKey("shop", "production");

    private final StepContext context = mock(StepContext.class);
    private final Run<?, ?> run = mock(Run.class);
    private final ScheduledExecutorService timer = mock(ScheduledExecutorService.class);
    private final Harness watch = new Harness(Harness.settings().build()).errorRate(7.0);
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private MockedStatic<Timer> timerStatic;
    private MockedStatic<Jenkins> jenkinsStatic;
    private RollbackIfUnhealthyExecution execution;

    @BeforeEach
    void wire() throws Exception {
        TaskListener listener = mock(TaskListener.class);
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
        when(context.get(Run.class)).thenReturn((Run) run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(run.getExternalizableId()).thenReturn(BUILD);
        doReturn(mock(ScheduledFuture.class)).when(timer).schedule(any(Runnable.class), anyLong(), any());
        timerStatic = mockStatic(Timer.class);
        timerStatic.when(Timer::get).thenReturn(timer);
        jenkinsStatic = mockStatic(Jenkins.class);

        // StepExecution's constructor is Jenkins': build the execution without it and give it what start() would
        execution = mock(RollbackIfUnhealthyExecution.class, Mockito.CALLS_REAL_METHODS);
        doReturn(context).when(execution).getContext();
        set("step", new RollbackIfUnhealthyStep("shop", "production"));
        set("session", watch.session);
        set("services", watch.services);
    }

    private void set(final String name, final Object value) throws ReflectiveOperationException {
        Field field = RollbackIfUnhealthyExecution.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(execution, value);
    }

    @AfterEach
    void clean() {
        DeploymentLocks.get().releaseAll(BUILD);
        DeploymentLocks.get().releaseAll(OTHER_BUILD);
        DecisionRegistry.pending(BUILD).forEach(decision -> DecisionRegistry.unregister(BUILD, decision.id()));
        timerStatic.close();
        jenkinsStatic.close();
    }

    /** Ticks until a manual rule's question is on the build page; returns the delay the last tick asked for. */
    private Optional<Duration> untilRuleQuestion() throws Exception {
        Optional<Duration> next = execution.tick();
        while (ruleQuestions().isEmpty() && watch.clock.secondsSinceStart() < 600) {
            next = tickAfter(next);
        }
        return next;
    }

    private static List<PendingDecision> ruleQuestions() {
        return DecisionRegistry.pending(BUILD).stream()
                .filter(question -> question.choices().contains("ROLLBACK"))
                .toList();
    }

    private void actAs(final String user) {
        Jenkins jenkins = mock(Jenkins.class);
        SecurityRealm realm = SecurityMocks.realm(true);
        when(jenkins.getSecurityRealm()).thenReturn(realm);
        jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
        Authentication person = SecurityMocks.signedIn(user, List.of());
        jenkinsStatic.when(Jenkins::getAuthentication2).thenReturn(person);
    }

    private Optional<Duration> tickAfter(final Optional<Duration> delay) throws Exception {
        watch.clock.advance(delay.orElseThrow());
        return execution.tick();
    }

    @Test
    void shouldWaitForTheDeploymentLockOfAnotherBuildBeforeWatchingAndHoldItUntilTheEnd() throws Exception {
        Lease other = DeploymentLocks.get().tryAcquire(KEY, OTHER_BUILD).orElseThrow();

        assertThat(execution.tick()).as("waits, watching nothing yet").contains(LockHold.RETRY);
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("rollbackIfUnhealthy shop@production: waiting for the deployment lock", OTHER_BUILD);
        assertThat(watch.session.status()).doesNotContain("watching");

        DeploymentLocks.get().release(other);
        Optional<Duration> next = execution.tick();

        assertThat(next).isPresent().isNotEqualTo(Optional.of(LockHold.RETRY));
        assertThat(watch.session.status()).contains("watching shop@production");
        assertThat(DeploymentLocks.get().holder(KEY))
                .hasValueSatisfying(lease -> assertThat(lease.holder()).isEqualTo(BUILD));
        assertThat(DeploymentLocks.get().tryAcquire(KEY, OTHER_BUILD))
                .as("another build cannot move this release's traffic during the watch")
                .isEmpty();

        untilRuleQuestion();
        actAs("alice");
        new DeploymentDecisionsAction(run)
                .doDecide(ruleQuestions().get(0).id(), "rollback", "checkout fails", mock(HttpServletResponse.class));
        try (MockedConstruction<AbortException> aborts = mockConstruction(AbortException.class)) {
            execution.tick(); // rolls back and ends the step
            assertThat(aborts.constructed()).hasSize(1);
        }

        assertThat(DeploymentLocks.get().holder(KEY))
                .as("released when the step ended")
                .isEmpty();
    }

    @Test
    void shouldRollBackWhenAPersonPressesRollBackOnTheBuildPage() throws Exception {
        Optional<Duration> next = untilRuleQuestion();
        List<PendingDecision> pending = ruleQuestions();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).title()).isEqualTo("Roll back shop in production? (P1 error-rate-p1)");
        assertThat(DecisionRegistry.pending(BUILD))
                .as("and the standing question")
                .hasSize(2);
        assertThat(next).contains(Duration.ofSeconds(30));

        actAs("alice");
        HttpServletResponse response = mock(HttpServletResponse.class);
        new DeploymentDecisionsAction(run).doDecide(pending.get(0).id(), "rollback", "checkout fails", response);

        verify(response).sendRedirect(".");
        verify(timer).schedule(any(Runnable.class), eq(0L), eq(TimeUnit.MILLISECONDS));
        assertThat(watch.records.record.getApprovals())
                .singleElement()
                .satisfies(approval -> assertThat(approval.userId()).isEqualTo("alice"));

        List<String> messages = new java.util.ArrayList<>();
        try (MockedConstruction<AbortException> aborts = mockConstruction(
                AbortException.class,
                (abort, creation) -> messages.add((String) creation.arguments().get(0)))) {
            assertThat(execution.tick()).isEmpty();

            ArgumentCaptor<Throwable> failure = ArgumentCaptor.forClass(Throwable.class);
            verify(context).onFailure(failure.capture());
            assertThat(aborts.constructed()).containsExactly((AbortException) failure.getValue());
        }
        assertThat(messages)
                .singleElement()
                .asString()
                .startsWith("rollbackIfUnhealthy shop@production rolled back to blue (TRAFFIC): error-rate-p1 (P1)")
                .contains("[decided by alice: checkout fails]");
        assertThat(DecisionRegistry.pending(BUILD))
                .as("the answered question is gone, and so is the standing one")
                .isEmpty();
        assertThat(watch.router.applied).hasSize(1);
    }

    @Test
    void shouldRollBackOnAPersonsCallFromTheStandingQuestionAndRefuseItWithoutAReason() throws Exception {
        watch.errorRate(1.0);
        Optional<Duration> next = execution.tick();
        next = tickAfter(next);
        PendingDecision standing = DecisionRegistry.pending(BUILD).stream()
                .filter(question -> question.choices().contains("ROLLBACK_NOW"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Roll back now on the page"));
        actAs("carol");

        HttpServletResponse refused = mock(HttpServletResponse.class);
        StringWriter reason = new StringWriter();
        when(refused.getWriter()).thenReturn(new PrintWriter(reason));
        new DeploymentDecisionsAction(run).doDecide(standing.id(), "rollback_now", "  ", refused);

        verify(refused).setStatus(400);
        assertThat(reason.toString()).contains("needs a reason");
        assertThat(watch.router.applied).isEmpty();

        HttpServletResponse taken = mock(HttpServletResponse.class);
        new DeploymentDecisionsAction(run)
                .doDecide(standing.id(), "rollback_now", "stakeholder request: bad prices", taken);

        verify(taken).sendRedirect(".");
        verify(timer).schedule(any(Runnable.class), eq(0L), eq(TimeUnit.MILLISECONDS));
        List<String> messages = new java.util.ArrayList<>();
        try (MockedConstruction<AbortException> aborts = mockConstruction(
                AbortException.class,
                (abort, creation) -> messages.add((String) creation.arguments().get(0)))) {
            assertThat(execution.tick()).isEmpty();
        }
        assertThat(messages)
                .singleElement()
                .asString()
                .startsWith("rollbackIfUnhealthy shop@production rolled back to blue (TRAFFIC): manual (P0) rollback"
                        + " started by carol: stakeholder request: bad prices");
        assertThat(watch.records.record.getApprovals())
                .singleElement()
                .satisfies(approval -> assertThat(approval.itemId()).isEqualTo("rollback-rule:manual"));
        assertThat(DecisionRegistry.pending(BUILD)).isEmpty();
        assertThat(next).isPresent();
    }

    @Test
    void shouldEndWithTheResultWhenThePersonKeepsTheRelease() throws Exception {
        Optional<Duration> next = untilRuleQuestion();
        execution.decide(ruleQuestions().get(0).id(), "KEEP", "bob", "batch job");
        watch.errorRate(1.0);

        while (next.isPresent()) {
            next = tickAfter(next);
        }

        verify(context)
                .onSuccess(Mockito.argThat(result -> result instanceof java.util.Map
                        && Boolean.TRUE.equals(((java.util.Map<?, ?>) result).get("healthy"))));
        assertThat(DecisionRegistry.pending(BUILD)).isEmpty();
        assertThat(watch.router.applied).isEmpty();
        assertThat(execution.getStatus()).startsWith("rollbackIfUnhealthy FINISHED shop@production");
    }

    @Test
    void shouldKeepAnAbortOfTheBodyToEndWithItButNotAnyOtherFailure() throws Exception {
        org.jenkinsci.plugins.workflow.steps.BodyInvoker invoker =
                mock(org.jenkinsci.plugins.workflow.steps.BodyInvoker.class, Mockito.RETURNS_SELF);
        when(context.newBodyInvoker()).thenReturn(invoker);
        Harness restoring = new Harness(Harness.settings().body(true).build()).errorRate(15.0);
        set("session", restoring.session);
        set("services", restoring.services);
        assertThat(execution.tick()).as("the body restores the database").isEmpty();

        // a failure whose cause cannot be serialized must not end up in the program state
        execution.bodyFinished(new IllegalStateException("restore failed", new NotSerializable()));

        Field kept = RollbackIfUnhealthyExecution.class.getDeclaredField("bodyInterruption");
        kept.setAccessible(true);
        assertThat(kept.get(execution)).isNull();
        assertThat(restoring.records.record.getRollbacks())
                .extracting(action -> action.detail())
                .contains("the body failed: restore failed");

        org.jenkinsci.plugins.workflow.steps.FlowInterruptedException abort =
                mock(org.jenkinsci.plugins.workflow.steps.FlowInterruptedException.class);
        Harness aborted = new Harness(Harness.settings().body(true).build()).errorRate(15.0);
        set("session", aborted.session);
        set("services", aborted.services);
        execution.tick();
        execution.bodyFinished(abort);
        assertThat(kept.get(execution)).isSameAs(abort);
        execution.tick();
        verify(context).onFailure(abort);
    }

    /** An exception cause that Java serialization refuses. */
    private static final class NotSerializable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object lock = new Object();
        private final Thread thread = Thread.currentThread();
    }
}
