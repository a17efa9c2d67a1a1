package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.AbortException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

/** {@link TickingStepExecution#follow(Next)}: what each move of a unit of work does to the step. */
class TickingStepExecutionFollowTest {
    private final StepContext context = mock(StepContext.class);
    private final BodyInvoker body = mock(BodyInvoker.class, RETURNS_SELF);
    private final FollowingExecution execution = TickingExecutions.create(FollowingExecution.class, context);

    /** A step whose moves the test hands to follow directly. */
    static class FollowingExecution extends TickingStepExecution {
        private static final long serialVersionUID = 1L;

        FollowingExecution(final StepContext context) {
            super(context);
        }

        @Override
        protected void begin() {
            // nothing to prepare
        }

        @Override
        protected Optional<Duration> tick() {
            return Optional.empty();
        }

        @Override
        public String getStatus() {
            return "following";
        }
    }

    @Test
    void shouldTickAgainAfterTheDelayAndAtOnceForAPassedDeadline() throws Exception {
        assertThat(execution.follow(Next.tickIn(Duration.ofSeconds(30)))).contains(Duration.ofSeconds(30));
        assertThat(execution.follow(Next.tickIn(Duration.ofSeconds(-3)))).contains(Duration.ZERO);
    }

    @Test
    void shouldEndWithTheResult() throws Exception {
        assertThat(execution.follow(Next.succeed(Map.of("phase", "PROMOTED")))).isEmpty();

        verify(context).onSuccess(Map.of("phase", "PROMOTED"));
    }

    @Test
    void shouldFailWithTheReasonAlone() throws Exception {
        List<String> messages = new ArrayList<>();
        try (MockedConstruction<AbortException> aborts = mockConstruction(
                AbortException.class,
                (abort, creation) -> messages.add((String) creation.arguments().get(0)))) {
            assertThat(execution.follow(Next.fail("canaryPromote shop@production: error rate 30% > 5%")))
                    .isEmpty();

            verify(context).onFailure(aborts.constructed().get(0));
        }
        assertThat(messages).containsExactly("canaryPromote shop@production: error rate 30% > 5%");
    }

    @Test
    void shouldStartTheBodyWithoutChangingItsEnvironmentWhenThereIsNone() throws Exception {
        when(context.newBodyInvoker()).thenReturn(body);

        assertThat(execution.follow(Next.runBody(Map.of()))).isEmpty();

        verify(body, never()).withContext(any());
        verify(body).withCallback(any(BodyExecutionCallback.class));
        verify(body).start();
        verify(context, never()).onSuccess(any());
    }

    @Test
    void shouldStartTheBodyWithItsEnvironment() throws Exception {
        when(context.newBodyInvoker()).thenReturn(body);
        EnvironmentExpander build = mock(EnvironmentExpander.class);
        EnvironmentExpander merged = mock(EnvironmentExpander.class);
        when(context.get(EnvironmentExpander.class)).thenReturn(build);
        try (MockedStatic<EnvironmentExpander> expanders =
                Mockito.mockStatic(EnvironmentExpander.class, Mockito.CALLS_REAL_METHODS)) {
            EnvironmentExpander constant = mock(EnvironmentExpander.class);
            expanders
                    .when(() -> EnvironmentExpander.constant(Map.of("DEPLOY_COLOR", "green")))
                    .thenReturn(constant);
            expanders.when(() -> EnvironmentExpander.merge(build, constant)).thenReturn(merged);

            assertThat(execution.follow(Next.runBody(Map.of("DEPLOY_COLOR", "green"))))
                    .isEmpty();
        }

        verify(body).withContext(merged);
        verify(body).start();
    }

    @Test
    void shouldWaitForTheRunningBody() throws Exception {
        assertThat(execution.follow(Next.awaitBody())).isEmpty();

        verify(context, never()).newBodyInvoker();
        verify(context, never()).onSuccess(any());
        verify(context, never()).onFailure(any());
    }
}
