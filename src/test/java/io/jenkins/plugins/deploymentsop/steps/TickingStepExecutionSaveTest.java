package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Jenkins saves the program (the execution with it) on its own thread while ticks run: what it writes must be the
 * state after a whole unit of work, never a half-changed one, and writing it must neither wait for a tick nor fail.
 */
@Timeout(60) // a stop or a save that waits for a blocked tick would otherwise hang the build
class TickingStepExecutionSaveTest {
    private static final int ITEMS = 2000;

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(3);

    private final StepContext context = mock(StepContext.class);
    private final TickingExecutions.ManualTimer timer = new TickingExecutions.ManualTimer();
    private CountingExecution execution;

    @BeforeEach
    void start() throws Exception {
        jenkins.mockStatic(Timer.class).when(Timer::get).thenReturn(timer.service());
        execution = TickingExecutions.create(CountingExecution.class, context);
        execution.tally = new Tally();
        execution.start();
    }

    /** Counts ticks in a list: each tick refills it with {@value #ITEMS} copies of its own number. */
    static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;

        final ArrayList<Integer> values = new ArrayList<>();
        int ticks;

        boolean isWhole() {
            return values.size() == (ticks == 0 ? 0 : ITEMS) && values.stream().allMatch(value -> value == ticks);
        }
    }

    /** An execution whose ticks change a list in place, and can stop half-way through when told to. */
    static class CountingExecution extends TickingStepExecution {
        private static final long serialVersionUID = 1L;

        transient Tally tally;
        transient volatile CountDownLatch halfway;
        transient volatile CountDownLatch proceed;

        CountingExecution(final StepContext context) {
            super(context);
        }

        @Override
        protected void begin() {
            // nothing to prepare
        }

        @Override
        protected Optional<Duration> tick() throws InterruptedException {
            tally.values.clear();
            for (int i = 0; i < ITEMS / 2; i++) {
                tally.values.add(tally.ticks + 1);
            }
            CountDownLatch paused = halfway;
            if (paused != null) {
                paused.countDown();
                proceed.await();
            }
            for (int i = 0; i < ITEMS / 2; i++) {
                tally.values.add(tally.ticks + 1);
            }
            tally.ticks++;
            return Optional.of(Duration.ofHours(1));
        }

        @Override
        protected Optional<Serializable> liveState() {
            return Optional.of(tally);
        }

        @Override
        protected void restoreLiveState(final Serializable state) {
            tally = (Tally) state;
        }

        @Override
        public String getStatus() {
            return "counting";
        }
    }

    private void tickAndWait(final int ticksSoFar) {
        timer.runLatest();
        verify(context, timeout(5000).times(ticksSoFar)).saveState();
    }

    @Test
    void shouldSaveTheStateOfTheLastWholeTickWithoutWaitingForTheRunningOne() throws Exception {
        tickAndWait(1);
        execution.halfway = new CountDownLatch(1);
        execution.proceed = new CountDownLatch(1);
        timer.runLatest();
        assertThat(execution.halfway.await(5, TimeUnit.SECONDS)).isTrue();

        // the tick holds the execution's lock half-way through its change; Jenkins saves anyway
        byte[] saved = CompletableFuture.supplyAsync(() -> {
                    try {
                        return TickingExecutions.save(execution);
                    } catch (java.io.IOException exception) {
                        throw new java.io.UncheckedIOException(exception);
                    }
                })
                .get(5, TimeUnit.SECONDS);
        execution.proceed.countDown();
        verify(context, timeout(5000).times(2)).saveState();

        CountingExecution restored = (CountingExecution) TickingExecutions.load(saved);
        assertThat(restored.tally.ticks).isEqualTo(1);
        assertThat(restored.tally.isWhole()).isTrue();
        assertThat(restored.tally).isNotSameAs(execution.tally);

        byte[] afterTheTick = TickingExecutions.save(execution);
        Tally now = ((CountingExecution) TickingExecutions.load(afterTheTick)).tally;
        assertThat(now.ticks).isEqualTo(2);
        assertThat(now.isWhole()).isTrue();
    }

    @Test
    void shouldSaveAWholeStateEveryTimeWhileTicksRun() throws Exception {
        AtomicBoolean ticking = new AtomicBoolean(true);
        List<Tally> saves = new ArrayList<>();
        CompletableFuture<Void> saver = CompletableFuture.runAsync(() -> {
            try {
                while (ticking.get()) {
                    saves.add(((CountingExecution) TickingExecutions.load(TickingExecutions.save(execution))).tally);
                }
            } catch (java.io.IOException | ClassNotFoundException exception) {
                throw new IllegalStateException(exception);
            }
        });
        for (int tick = 1; tick <= 30; tick++) {
            tickAndWait(tick);
        }
        ticking.set(false);
        saver.get(10, TimeUnit.SECONDS);

        assertThat(saves).isNotEmpty().allSatisfy(tally -> assertThat(tally.isWhole())
                .isTrue());
        Tally last = ((CountingExecution) TickingExecutions.load(TickingExecutions.save(execution))).tally;
        assertThat(last.ticks).isEqualTo(30);
        assertThat(last.isWhole()).isTrue();
    }
}
