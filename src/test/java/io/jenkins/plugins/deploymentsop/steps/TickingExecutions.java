package io.jenkins.plugins.deploymentsop.steps;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.mockito.Mockito;

/**
 * Helpers for tests of {@link TickingStepExecution} subclasses: a Jenkins timer that runs what is scheduled only when
 * the test says so, executions made without the API copy's StepExecution constructor (it throws), and the program
 * save of Jenkins played with Java serialization.
 */
final class TickingExecutions {
    private TickingExecutions() {}

    /** Jenkins' timer: keeps what is scheduled; {@link #runLatest()} hands the latest task to the worker pool. */
    static final class ManualTimer {
        private final ScheduledExecutorService timer = mock(ScheduledExecutorService.class);
        private final List<Runnable> scheduled = new ArrayList<>();

        ManualTimer() {
            when(timer.schedule(any(Runnable.class), anyLong(), any())).thenAnswer(invocation -> {
                synchronized (scheduled) {
                    scheduled.add(invocation.getArgument(0));
                }
                return mock(ScheduledFuture.class);
            });
        }

        ScheduledExecutorService service() {
            return timer;
        }

        int count() {
            synchronized (scheduled) {
                return scheduled.size();
            }
        }

        void runLatest() {
            Runnable latest;
            synchronized (scheduled) {
                latest = scheduled.get(scheduled.size() - 1);
            }
            latest.run();
        }
    }

    /**
     * Creates an execution without running a constructor: real methods, the given context.
     *
     * @param type the execution class
     * @param context the step context
     * @param <T> the type
     * @return the execution
     */
    static <T extends TickingStepExecution> T create(final Class<T> type, final StepContext context) {
        T execution = mock(type, withSettings().defaultAnswer(Mockito.CALLS_REAL_METHODS));
        doReturn(context).when(execution).getContext();
        return execution;
    }

    /** Serializes an object as Jenkins saves the program: without taking the execution's lock. */
    static byte[] save(final Serializable object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    /** Reads a saved object back, as Jenkins reads the program after a restart. */
    static Object load(final byte[] saved) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(saved))) {
            return in.readObject();
        }
    }
}
