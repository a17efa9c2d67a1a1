package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.AbortException;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** canaryPromote on a mocked build: what it checks before it starts. */
class CanaryPromoteExecutionTest {
    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(7);

    private final StepContext context = mock(StepContext.class);
    private final ScheduledExecutorService timer = mock(ScheduledExecutorService.class);

    @BeforeEach
    void mockTheStep() throws Exception {
        jenkins.mockStatic(Timer.class).when(Timer::get).thenReturn(timer);
        jenkins.closeAfterTest(mockConstruction(AbortException.class, (mock, construction) -> when(mock.getMessage())
                .thenReturn((String) construction.arguments().get(0))));
        when(context.get(Run.class)).thenAnswer(invocation -> jenkins.run());
        when(context.get(TaskListener.class)).thenReturn(jenkins.listener());
    }

    private static CanaryPromoteStep step() {
        RouterConfiguration configuration = new UnusedRouterConfiguration();
        CanaryPromoteStep step = new CanaryPromoteStep("shop", "production");
        step.setRouter(configuration);
        step.setSource(new PrometheusSource("http://127.0.0.1:9"));
        ThresholdMetric errorRate = new ThresholdMetric("error-rate", "sum(rate(errors[1m]))");
        errorRate.setMax(0.01);
        step.setAnalysis(List.of(errorRate));
        return step;
    }

    /**
     * A router configuration as a Pipeline gives one: serializable (the execution keeps a serialized copy of its state
     * after each unit of work, step included); these tests never reach the router.
     */
    private static final class UnusedRouterConfiguration extends RouterConfiguration {
        private static final long serialVersionUID = 1L;

        @Override
        public TrafficRouter createRouter(final ColorTargets targets, final CommandRunner commands) {
            return mock(TrafficRouter.class);
        }
    }

    /**
     * Creates the execution without the API copy's StepExecution constructor (it throws): the real methods run on an
     * instance whose context is the mock.
     */
    private CanaryPromoteExecution execution(final CanaryDeployment deployment) throws Exception {
        CanaryPromoteExecution execution = mock(CanaryPromoteExecution.class, CALLS_REAL_METHODS);
        doReturn(context).when(execution).getContext();
        Field field = CanaryPromoteExecution.class.getDeclaredField("deployment");
        field.setAccessible(true);
        field.set(execution, deployment);
        return execution;
    }

    @Test
    void shouldRefuseToStartOutsideANodeBlockBeforeAnyDeploymentIsRecorded() throws Exception {
        when(context.get(Launcher.class)).thenReturn(null);
        assertThatThrownBy(() -> step().start(context))
                .isInstanceOf(AbortException.class)
                .hasMessage("canaryPromote changes the traffic split through its router on the build's agent:"
                        + " call it inside a node block");

        assertThat(jenkins.buildFolder().resolve(RecordStore.FOLDER)).doesNotExist();
        assertThat(jenkins.actions()).isEmpty();
    }

    @Test
    void shouldStartInsideANodeBlock() throws Exception {
        when(context.get(Launcher.class)).thenReturn(mock(Launcher.class));
        CanaryPromoteExecution execution = execution(step().deployment());

        assertThat(execution.start()).as("the step goes on asynchronously").isFalse();
    }

    @Test
    void shouldTakeAnAnswerFromTheBuildPageWithoutWaitingForTheRunningTick() throws Exception {
        when(context.get(Launcher.class)).thenReturn(mock(Launcher.class));
        CanaryDeployment deployment = step().deployment();
        String question = "shop@production:canary-step-4-gate";
        shown(deployment, question);
        CanaryPromoteExecution execution = execution(deployment);
        CountDownLatch ticking = new CountDownLatch(1);
        Thread tick = new Thread(() -> {
            synchronized (execution) { // a tick holds the execution for as long as a router call or a probe takes
                ticking.countDown();
                sleep(Duration.ofSeconds(10));
            }
        });
        tick.start();
        try {
            assertThat(ticking.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();

            execution.decide(question, "promote", "bob", "dashboards look good");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            verify(context).saveState();
            verify(timer).schedule(any(Runnable.class), eq(0L), eq(TimeUnit.MILLISECONDS));
            assertThatThrownBy(() -> execution.decide(question, "abort", "carol", ""))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("answered already by bob (PROMOTE)");
        } finally {
            tick.interrupt();
            tick.join();
        }
    }

    // the question the build page shows, as a tick registers it
    private static void shown(final CanaryDeployment deployment, final String question) throws Exception {
        Field registered = CanaryDeployment.class.getDeclaredField("registered");
        registered.setAccessible(true);
        registered.set(deployment, question);
    }

    private static void sleep(final Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        }
    }
}
