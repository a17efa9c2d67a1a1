package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** However a ticking step ends, its questions leave the build page and what it holds is released, once. */
@Timeout(60)
class TickingStepExecutionEndTest {
    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(5);

    private final StepContext context = mock(StepContext.class);
    private final TickingExecutions.ManualTimer timer = new TickingExecutions.ManualTimer();
    private AskingExecution execution;

    @BeforeEach
    void start() throws Exception {
        jenkins.mockStatic(Timer.class).when(Timer::get).thenReturn(timer.service());
        execution = TickingExecutions.create(AskingExecution.class, context);
        execution.finishedCalls = new AtomicInteger();
        execution.build = jenkins.buildId();
        execution.start();
        timer.runLatest();
        verify(context, timeout(5000)).saveState(); // the first tick asked its question
        assertThat(DecisionRegistry.pending(jenkins.buildId())).hasSize(1);
    }

    @AfterEach
    void forget() {
        DecisionRegistry.forget(jenkins.buildId());
    }

    /** Asks a question on its first tick; the second tick does what the test says. */
    static class AskingExecution extends TickingStepExecution implements DecisionHandler {
        private static final long serialVersionUID = 1L;

        transient AtomicInteger finishedCalls;
        transient String build;
        transient volatile RuntimeException secondTickFails;

        AskingExecution(final StepContext context) {
            super(context);
        }

        @Override
        protected void begin() {
            // nothing to prepare
        }

        @Override
        protected Optional<Duration> tick() {
            if (DecisionRegistry.pending(build).isEmpty()) {
                DecisionRegistry.register(
                        build,
                        new PendingDecision(
                                "shop@production:sign-off",
                                "Sign off?",
                                "",
                                List.of("CONFIRM", "REJECT"),
                                List.of(),
                                List.of(),
                                List.of(),
                                Instant.parse("2026-11-23T10:00:00Z"),
                                "REJECT"),
                        this);
                return Optional.of(Duration.ofMinutes(1));
            }
            RuntimeException failure = secondTickFails;
            if (failure != null) {
                throw failure;
            }
            complete((Object) "done");
            return Optional.empty();
        }

        @Override
        public void decide(final String decisionId, final String choice, final String userId, final String comment) {
            tickNow();
        }

        @Override
        protected void onFinished() {
            finishedCalls.incrementAndGet();
        }

        @Override
        public String getStatus() {
            return "asking";
        }
    }

    @Test
    void shouldForgetTheQuestionsWhenTheStepSucceeds() {
        timer.runLatest();

        verify(context, timeout(5000)).onSuccess("done");
        assertThat(DecisionRegistry.pending(jenkins.buildId())).isEmpty();
        assertThat(execution.finishedCalls).hasValue(1);
    }

    @Test
    void shouldForgetTheQuestionsWhenATickFails() {
        execution.secondTickFails = new IllegalStateException("the router is gone");
        timer.runLatest();

        verify(context, timeout(5000)).onFailure(execution.secondTickFails);
        assertThat(DecisionRegistry.pending(jenkins.buildId())).isEmpty();
        assertThat(execution.finishedCalls).hasValue(1);
    }

    @Test
    void shouldForgetTheQuestionsWhenTheBuildIsStopped() {
        execution.stop(new IllegalStateException("aborted"));

        verify(context, timeout(5000)).onFailure(any());
        assertThat(DecisionRegistry.pending(jenkins.buildId())).isEmpty();
        assertThat(execution.finishedCalls).hasValue(1);
    }

    @Test
    void shouldForgetTheQuestionsOfAFinalizedBuild() {
        // RunListener's constructor is Jenkins': make the listener without it
        mock(DeploymentRecordFinalizer.class, org.mockito.Mockito.CALLS_REAL_METHODS)
                .onFinalized(jenkins.run());

        assertThat(DecisionRegistry.pending(jenkins.buildId())).isEmpty();
        assertThat(execution.finishedCalls).hasValue(0);
    }
}
