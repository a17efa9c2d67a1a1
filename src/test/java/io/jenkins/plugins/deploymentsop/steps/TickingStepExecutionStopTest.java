package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stop arrives on Jenkins' CPS thread, which must not wait for a tick or for the clean-up: the stop returns at once,
 * interrupts the running tick, cleans up on a worker and ends the step once with the cause, also after a restart.
 */
@Timeout(60) // a stop or a save that waits for a blocked tick would otherwise hang the build
class TickingStepExecutionStopTest {
    private static final long QUICK_MILLIS = 2000;

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(4);

    private final StepContext context = mock(StepContext.class);
    private final TickingExecutions.ManualTimer timer = new TickingExecutions.ManualTimer();
    private final List<String> events = new ArrayList<>();
    private ScriptedExecution execution;

    @BeforeEach
    void start() throws Exception {
        jenkins.mockStatic(Timer.class).when(Timer::get).thenReturn(timer.service());
        doReturn(jenkins.listener()).when(context).get(hudson.model.TaskListener.class);
        execution = TickingExecutions.create(ScriptedExecution.class, context);
        execution.events = events;
        execution.start();
    }

    /** An execution whose tick and clean-up wait where the test says, and which writes down what happens. */
    static class ScriptedExecution extends TickingStepExecution {
        private static final long serialVersionUID = 1L;

        transient List<String> events;
        transient volatile CountDownLatch tickEntered;
        transient volatile CountDownLatch tickMayEnd;
        transient volatile CountDownLatch stopEntered;
        transient volatile CountDownLatch stopMayEnd;
        transient volatile boolean stopIgnoresInterrupts;

        ScriptedExecution(final StepContext context) {
            super(context);
        }

        void note(final String event) {
            synchronized (events) {
                events.add(event);
            }
        }

        List<String> events() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        @Override
        protected void begin() {
            // nothing to prepare
        }

        @Override
        protected Optional<Duration> tick() throws InterruptedException {
            note("tick");
            CountDownLatch entered = tickEntered;
            if (entered != null) {
                entered.countDown();
                try {
                    tickMayEnd.await();
                } catch (InterruptedException interrupted) {
                    note("tick interrupted");
                    throw interrupted;
                }
            }
            return Optional.of(Duration.ofMinutes(1));
        }

        @Override
        protected void onTickFailure(final Throwable failure) {
            note("tick failure");
            super.onTickFailure(failure);
        }

        @Override
        protected void onStop(final Throwable cause) throws InterruptedException {
            note("clean-up on " + (Thread.currentThread().getName().startsWith("Deployment SOP") ? "a worker" : "?"));
            CountDownLatch entered = stopEntered;
            if (entered != null) {
                entered.countDown();
                if (stopIgnoresInterrupts) {
                    while (stopMayEnd.getCount() > 0) {
                        try {
                            stopMayEnd.await();
                        } catch (InterruptedException ignored) {
                            note("clean-up interrupted");
                        }
                    }
                } else {
                    stopMayEnd.await();
                }
            }
        }

        @Override
        protected void bodyFinished(@CheckForNull final Throwable failure) {
            synchronized (this) { // as the block steps do: the end of the body changes the state
                note("body finished");
            }
        }

        @Override
        public String getStatus() {
            return "scripted";
        }
    }

    private void awaitEvent(final String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!execution.events().contains(event) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(execution.events()).contains(event);
    }

    private void startABlockingTick() throws InterruptedException {
        execution.tickEntered = new CountDownLatch(1);
        execution.tickMayEnd = new CountDownLatch(1);
        timer.runLatest();
        assertThat(execution.tickEntered.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shouldReturnAtOnceInterruptTheTickCleanUpOnAWorkerAndEndOnceWithTheCause() throws Exception {
        startABlockingTick();
        RuntimeException cause = new IllegalStateException("aborted by alice");

        long before = System.nanoTime();
        execution.stop(cause);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(QUICK_MILLIS);

        verify(context, timeout(5000)).onFailure(same(cause));
        assertThat(execution.events()).containsExactly("tick", "tick interrupted", "clean-up on a worker");
        execution.stop(new IllegalStateException("aborted again"));
        Thread.sleep(200);
        verify(context).onFailure(any());
        verify(context, never()).onSuccess(any());
        assertThat(execution.isFinished()).isTrue();
    }

    @Test
    void shouldNotTickOnceStopped() throws Exception {
        int scheduled = timer.count(); // the first tick, scheduled by start()
        execution.stopEntered = new CountDownLatch(1);
        execution.stopMayEnd = new CountDownLatch(1);

        execution.stop(new IllegalStateException("aborted"));
        assertThat(execution.stopEntered.await(5, TimeUnit.SECONDS)).isTrue();
        execution.tickNow();
        execution.stopMayEnd.countDown();
        verify(context, timeout(5000)).onFailure(any());

        assertThat(timer.count()).isEqualTo(scheduled + 1); // only the stop's budget check
        assertThat(execution.events()).containsExactly("clean-up on a worker");
    }

    @Test
    void shouldEndTheStepWhenTheCleanUpOverrunsItsBudget() throws Exception {
        execution.stopEntered = new CountDownLatch(1);
        execution.stopMayEnd = new CountDownLatch(1);
        execution.stopIgnoresInterrupts = true;
        RuntimeException cause = new IllegalStateException("aborted");
        execution.stop(cause);
        assertThat(execution.stopEntered.await(5, TimeUnit.SECONDS)).isTrue();

        timer.runLatest(); // the budget is over: the clean-up is interrupted
        awaitEvent("clean-up interrupted");
        verify(context, never()).onFailure(any());
        timer.runLatest(); // the grace is over: the step ends without the clean-up

        verify(context).onFailure(same(cause));
        assertThat(jenkins.log()).contains("did not end within 10 minutes").contains("ends without it");
        execution.stopMayEnd.countDown();
        Thread.sleep(200);
        verify(context).onFailure(any());
    }

    @Test
    void shouldFinishAStopThatARestartInterrupted() throws Exception {
        execution.stopEntered = new CountDownLatch(1);
        execution.stopMayEnd = new CountDownLatch(1);
        FlowInterruptedException aborted = mock(FlowInterruptedException.class);
        execution.stop(aborted);
        assertThat(execution.stopEntered.await(5, TimeUnit.SECONDS)).isTrue();
        byte[] saved = TickingExecutions.save(execution); // Jenkins saves, then goes down during the clean-up

        ScriptedExecution restarted = spy((ScriptedExecution) TickingExecutions.load(saved));
        StepContext newContext = mock(StepContext.class);
        doReturn(newContext).when(restarted).getContext();
        restarted.events = new ArrayList<>();
        restarted.onResume();

        verify(newContext, timeout(5000)).onFailure(isA(FlowInterruptedException.class));
        assertThat(restarted.events()).containsExactly("clean-up on a worker");
        execution.stopMayEnd.countDown();
    }

    @Test
    void shouldStopWithTheReasonWhenTheCauseCannotBeKept() throws Exception {
        List<String> messages = new ArrayList<>();
        jenkins.closeAfterTest(org.mockito.Mockito.mockConstruction(
                AbortException.class,
                (abort, creation) -> messages.add((String) creation.arguments().get(0))));

        assertThat(StopRequest.of(new IllegalStateException("the timeout of 2h passed"))
                        .cause())
                .isInstanceOf(AbortException.class);
        assertThat(messages).containsExactly("Stopped: the timeout of 2h passed");
    }

    @Test
    void shouldHandTheEndOfTheBodyToAWorkerWhileATickHoldsTheLock() throws Exception {
        startABlockingTick();

        long before = System.nanoTime();
        execution.bodyCallback().onSuccess(context, null);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(QUICK_MILLIS);
        assertThat(execution.events()).containsExactly("tick");

        execution.tickMayEnd.countDown();
        awaitEvent("body finished");
        assertThat(execution.events()).containsExactly("tick", "body finished");
    }

    @Test
    void shouldBlockASafeRestartOnlyWhileATickOrTheCleanUpRuns() throws Exception {
        assertThat(execution.blocksRestart()).isFalse();
        startABlockingTick();
        assertThat(execution.blocksRestart()).isTrue();
        execution.tickMayEnd.countDown();
        verify(context, timeout(5000)).saveState();
        awaitNoRestartBlock();

        execution.stopEntered = new CountDownLatch(1);
        execution.stopMayEnd = new CountDownLatch(1);
        execution.stop(new IllegalStateException("aborted"));
        assertThat(execution.stopEntered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(execution.blocksRestart()).isTrue();
        execution.stopMayEnd.countDown();
        verify(context, timeout(5000)).onFailure(any());
        awaitNoRestartBlock();
    }

    private void awaitNoRestartBlock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (execution.blocksRestart() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(execution.blocksRestart()).isFalse();
    }
}
