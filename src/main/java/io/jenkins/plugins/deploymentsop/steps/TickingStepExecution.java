package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import java.io.IOException;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Base of the long-running steps (bake windows, validation, watch windows, waits for people): all state lives in
 * serializable fields of the subclass, the work happens one {@link #tick()} at a time, and after a controller restart
 * {@link #onResume()} simply schedules the next tick — the engine's state machine knows where it was.
 *
 * <p>Ticks never run on a CPS thread and never hold an executor: Jenkins' shared {@link Timer} schedules them and a
 * small pool of our own runs them, since a tick may wait seconds for a router or a health probe.
 *
 * <p>Jenkins saves the build's program (this execution with it) on the CPS thread whenever it likes, without our lock,
 * also while a tick runs. State that ticks change in place (an engine's state machine, lists) is therefore kept live
 * in a transient field of the subclass and handed out by {@link #liveState()}; what is saved is a copy of it taken under
 * the lock after every unit of work (start, tick, stop, {@link #saveState()}), and {@link #restoreLiveState} gets a
 * copy back when the program is read. Fields that only ever hold immutable values need none of this.
 */
public abstract class TickingStepExecution extends StepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(TickingStepExecution.class.getName());
    // Our own pool rather than Computer.threadPoolForRemoting: the compile-only API copy cannot declare Computer
    // exactly
    // (its abstract methods take Stapler request types that are not copied). Ticks run with no authentication (not as
    // SYSTEM): nothing they call checks permissions. Credentials are looked up with the job's authentication, and the
    // one permission-filtered walk, the rebuild of the DORA index, switches to SYSTEM itself.
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new NamedDaemonThreads());

    private static final Duration STOP_BUDGET = Duration.ofMinutes(10);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final VarHandle FINISHED;
    private static final VarHandle STOP_REQUEST;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            FINISHED = lookup.findVarHandle(TickingStepExecution.class, "finished", boolean.class);
            STOP_REQUEST = lookup.findVarHandle(TickingStepExecution.class, "stopRequest", StopRequest.class);
        } catch (ReflectiveOperationException exception) {
            throw new ExceptionInInitializerError(exception);
        }
    }

    @CheckForNull
    private transient volatile ScheduledFuture<?> nextTick;

    // the tick that holds the lock now: a stop interrupts it
    @CheckForNull
    private transient volatile Future<?> runningTick;

    // the stop's clean-up runs
    private transient volatile boolean cleaningUp;

    private volatile boolean finished;

    // set once by stop(): no tick runs after it; kept, so a restart during the clean-up finishes the stop
    @CheckForNull
    private volatile StopRequest stopRequest;

    // a copy of liveState() after the last unit of work: never changed in place, so saving it cannot race with a tick
    @CheckForNull
    private volatile Serializable savedState;

    protected TickingStepExecution(final StepContext context) {
        super(context);
    }

    @Override
    public final boolean start() throws Exception {
        synchronized (this) {
            begin();
            keepLiveState();
        }
        schedule(Duration.ZERO);
        return false;
    }

    /**
     * Returns the state that ticks change in place, which the subclass keeps in a transient field; the build's program
     * state keeps a copy taken after each unit of work instead. The default has none: every serializable field holds
     * an immutable value that a tick replaces as a whole.
     *
     * @return the live state, if any
     */
    protected Optional<Serializable> liveState() {
        return Optional.empty();
    }

    /**
     * Puts back the live state when the program is read after a restart: a copy of what {@link #liveState()} gave after
     * the last unit of work before the save.
     *
     * @param state the state
     */
    protected void restoreLiveState(final Serializable state) {
        throw new IllegalStateException(getClass().getSimpleName() + " keeps no live state");
    }

    /**
     * Restores the live state from the saved copy (the copy itself stays untouched for the next save).
     *
     * @return this execution
     */
    protected Object readResolve() {
        Serializable saved = savedState;
        if (saved != null) {
            restoreLiveState(StateCopies.copy(saved));
        }
        return this;
    }

    // call under the lock, after a unit of work
    private void keepLiveState() {
        Optional<Serializable> live = liveState();
        if (live.isPresent()) {
            savedState = StateCopies.copy(live.get());
        }
    }

    /**
     * Saves the program state with the live state as it is now, e.g. after applying a person's answer.
     */
    protected final void saveState() {
        synchronized (this) {
            keepLiveState();
        }
        getContext().saveState();
    }

    /**
     * Prepares the work (validation, first record entries) on the CPS thread; keep it short.
     *
     * @throws Exception if the step cannot start: the step fails with it
     */
    protected abstract void begin() throws Exception;

    /**
     * Does one unit of work.
     *
     * @return how long to wait before the next tick, or empty once the step has completed its context
     * @throws Exception if the work failed: {@link #onTickFailure(Throwable)} decides what follows
     */
    protected abstract Optional<Duration> tick() throws Exception;

    /**
     * Does what a unit of work asked for: a later tick, the body, waiting for the body, or the end of the step.
     *
     * @param next what to do
     * @return how long to wait before the next tick, or empty when the body or the end of the step takes over
     * @throws IOException if the body cannot be started
     * @throws InterruptedException if interrupted
     */
    protected final Optional<Duration> follow(final Next next) throws IOException, InterruptedException {
        switch (next.kind()) {
            case TICK:
                return Optional.of(next.delay());
            case RUN_BODY:
                startBody(next.environment());
                return Optional.empty();
            case AWAIT_BODY:
                return Optional.empty(); // the body's callback asks for the next tick
            case SUCCEED:
                complete(next.result());
                return Optional.empty();
            default:
                complete(failure(next.failure()));
                return Optional.empty();
        }
    }

    /**
     * Starts the step's body; its end reaches {@link #bodyFinished(Throwable)}.
     *
     * @param environment variables the body sees in addition to the build's, empty for none
     * @throws IOException if the context is gone
     * @throws InterruptedException if interrupted
     */
    protected void startBody(final Map<String, String> environment) throws IOException, InterruptedException {
        BodyInvoker body = getContext().newBodyInvoker();
        if (!environment.isEmpty()) {
            body = body.withContext(EnvironmentExpander.merge(
                    getContext().get(EnvironmentExpander.class), EnvironmentExpander.constant(environment)));
        }
        body.withCallback(bodyCallback()).start();
    }

    /**
     * Returns the failure that ends the step when a unit of work asks to fail.
     *
     * @param reason the one-line reason
     * @return the failure; by default an {@code AbortException} with the reason, which the build log shows alone
     */
    protected Throwable failure(final String reason) {
        return new AbortException(reason);
    }

    /**
     * Reacts to a failed tick. The default fails the step; rollouts override it to restore the last verified split.
     *
     * @param failure the failure
     */
    protected void onTickFailure(final Throwable failure) {
        complete(failure);
    }

    /**
     * Reacts to the build being stopped (abort). Rollouts override it to restore traffic before they end. It runs on a
     * worker thread under the execution's lock after any running tick has left, and is interrupted when it takes more
     * than 10 minutes; the step then ends with the stop's cause whatever happened.
     *
     * @param cause why
     * @throws Exception if cleaning up failed
     */
    protected void onStop(final Throwable cause) throws Exception {
        // nothing to clean up by default
    }

    /**
     * Stops the step without blocking the caller, Jenkins' CPS thread: no tick starts any more, a running tick is
     * interrupted, and a worker runs {@link #onStop} (interrupted after 10 minutes) and then ends the step with
     * the cause, once. Further calls while the stop is under way change nothing.
     *
     * @param cause why, usually the interruption of an aborted build
     */
    @Override
    public final void stop(final Throwable cause) {
        if (finished || !STOP_REQUEST.compareAndSet(this, null, StopRequest.of(cause))) {
            return;
        }
        cancelNextTick();
        Future<?> running = runningTick;
        if (running != null) {
            running.cancel(true);
        }
        finishStop(cause);
    }

    /**
     * Asks a safe restart of Jenkins to wait while a tick or the stop's clean-up runs: they may be in the middle of a
     * router change or a switch-back. Waiting between ticks (bake windows, sign-offs) does not block a restart.
     *
     * @return whether work is under way now
     */
    @Override
    public boolean blocksRestart() {
        return runningTick != null || cleaningUp;
    }

    /** Tells whether the build asked the step to stop (also before a restart). */
    protected final boolean isStopping() {
        return stopRequest != null;
    }

    private void finishStop(final Throwable cause) {
        FutureTask<Void> work = new FutureTask<>(() -> stopUnderLock(cause), null);
        WORKERS.execute(work);
        Timer.get().schedule(() -> interruptOverdueStop(work, cause), STOP_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void stopUnderLock(final Throwable cause) {
        synchronized (this) { // an interrupted tick leaves at once; onStop may change the live state
            if (finished) {
                return;
            }
            cleaningUp = true;
            try {
                onStop(cause);
            } catch (Exception | LinkageError failure) {
                LOGGER.log(Level.WARNING, "The clean-up of " + getStatus() + " after a stop failed", failure);
                log("WARNING: the clean-up after the stop failed: " + describe(failure));
            } finally {
                cleaningUp = false;
                keepLiveStateAfterFailure();
                complete(cause);
            }
        }
    }

    private void interruptOverdueStop(final Future<?> work, final Throwable cause) {
        if (finished) {
            return;
        }
        log("WARNING: the clean-up after the stop did not end within " + STOP_BUDGET.toMinutes()
                + " minutes; interrupting it");
        work.cancel(true);
        Timer.get()
                .schedule(
                        () -> {
                            if (!finished) {
                                log("WARNING: the clean-up after the stop does not end; the step ends without it");
                                complete(cause);
                            }
                        },
                        STOP_GRACE.toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    @Override
    public void onResume() {
        if (finished) {
            return;
        }
        StopRequest stop = stopRequest;
        if (stop != null) {
            log("Finishing the stop of " + getStatus() + " that a restart of Jenkins interrupted");
            finishStop(stop.cause());
        } else {
            log("Resuming " + getStatus() + " after a restart of Jenkins");
            schedule(Duration.ZERO);
        }
    }

    /**
     * Ends the step successfully.
     *
     * @param result the step's return value (plain Map/List/String/Number/Boolean)
     */
    protected final void complete(final Object result) {
        if (FINISHED.compareAndSet(this, false, true)) {
            ended();
            getContext().onSuccess(result);
        }
    }

    /**
     * Ends the step with a failure.
     *
     * @param failure the failure (use {@code AbortException}-like messages for user-facing reasons)
     */
    protected final void complete(final Throwable failure) {
        if (FINISHED.compareAndSet(this, false, true)) {
            ended();
            getContext().onFailure(failure);
        }
    }

    /**
     * Releases what the step holds once it has ended in any way (success, failure, a failed tick, a stop), before
     * Pipeline hears of the end. Called exactly once; the default does nothing. The questions the step asked on the
     * build page are removed before it anyway.
     */
    protected void onFinished() {
        // nothing held by default
    }

    // the questions of a step that has ended can no longer be answered; nor can what it holds be used
    private void ended() {
        cancelNextTick();
        if (this instanceof DecisionHandler) {
            DecisionRegistry.forgetAllOf((DecisionHandler) this);
        }
        try {
            onFinished();
        } catch (RuntimeException failure) {
            LOGGER.log(Level.WARNING, "Cannot release what " + getStatus() + " holds", failure);
        }
    }

    protected final boolean isFinished() {
        return finished;
    }

    /**
     * Asks for an extra tick now, e.g. when a person has answered a pending decision.
     */
    protected final void tickNow() {
        cancelNextTick();
        schedule(Duration.ZERO);
    }

    private void schedule(final Duration delay) {
        if (finished || stopRequest != null) {
            return;
        }
        nextTick = Timer.get().schedule(this::submitTick, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void submitTick() {
        AtomicReference<Future<?>> self = new AtomicReference<>();
        FutureTask<Void> task = new FutureTask<>(() -> runTick(self.get()), null);
        self.set(task);
        WORKERS.execute(task);
    }

    private void cancelNextTick() {
        ScheduledFuture<?> scheduled = nextTick;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void runTick(final Future<?> self) {
        try {
            tickUnderLock(self).ifPresent(this::schedule);
        } catch (RuntimeException | LinkageError unexpected) {
            LOGGER.log(Level.WARNING, "A tick of " + getStatus() + " ended unexpectedly", unexpected);
        }
    }

    private Optional<Duration> tickUnderLock(final Future<?> self) {
        Optional<Duration> delay;
        synchronized (this) {
            runningTick = self;
            try {
                if (finished || stopRequest != null) {
                    return Optional.empty(); // checked after runningTick is set: a stop sees this tick or stops it
                }
                delay = tick();
                keepLiveState();
            } catch (Exception | LinkageError failure) {
                if (stopRequest != null) {
                    // the stop interrupted this tick; its own worker cleans up and ends the step
                    LOGGER.log(Level.FINE, "A tick of " + getStatus() + " ended by a stop", failure);
                    return Optional.empty();
                }
                LOGGER.log(Level.FINE, "A tick of " + getStatus() + " failed", failure);
                onTickFailure(failure);
                keepLiveStateAfterFailure();
                return Optional.empty();
            } finally {
                runningTick = null;
                Thread.interrupted(); // an interruption aimed at this tick must not reach the pool's next task
            }
            getContext().saveState();
        }
        return delay;
    }

    private void keepLiveStateAfterFailure() {
        try {
            keepLiveState();
        } catch (IllegalStateException exception) {
            LOGGER.log(Level.FINE, "Cannot keep the state of " + getStatus() + " after a failed tick", exception);
        }
    }

    /**
     * Receives the end of a body started with {@link #bodyCallback()}; block steps override it.
     *
     * @param failure why the body failed, or {@code null} when it succeeded
     */
    protected void bodyFinished(@CheckForNull final Throwable failure) {
        throw new IllegalStateException(getStatus() + " did not start a body");
    }

    /**
     * Returns the callback that reports the end of this step's body to {@link #bodyFinished(Throwable)}. It is
     * serialized with the body, so it reaches the execution after a restart too.
     *
     * @return the callback
     */
    protected final BodyExecutionCallback bodyCallback() {
        return new BodyCallback(this);
    }

    /**
     * Describes a failure in one line for the build log and the record.
     *
     * @param failure the failure
     * @return its message, or its type when it has none
     */
    protected static String describe(final Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** Reports the end of the body to the execution. */
    private static final class BodyCallback extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        private final TickingStepExecution execution;

        BodyCallback(final TickingStepExecution execution) {
            this.execution = execution;
        }

        // called on the CPS thread: the execution's lock may be held by a tick, so a worker takes the news over
        @Override
        public void onSuccess(final StepContext context, final Object result) {
            WORKERS.execute(() -> execution.bodyFinished(null));
        }

        @Override
        public void onFailure(final StepContext context, final Throwable failure) {
            WORKERS.execute(() -> execution.bodyFinished(failure));
        }
    }

    /**
     * Writes a line to the build log.
     *
     * @param line the line
     */
    protected final void log(final String line) {
        try {
            TaskListener listener = getContext().get(TaskListener.class);
            if (listener != null) {
                listener.getLogger().println(line);
            }
        } catch (IOException | InterruptedException exception) {
            LOGGER.log(Level.FINE, "Cannot write to the build log: " + line, exception);
        }
    }

    /**
     * Returns the build.
     *
     * @return the build
     * @throws IOException if the context is gone
     * @throws InterruptedException if interrupted
     */
    protected final Run<?, ?> run() throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        if (run == null) {
            throw new IOException("The build of this step is no longer available");
        }
        return run;
    }

    /** Names the worker threads so a thread dump tells what they do. */
    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(final Runnable work) {
            Thread thread = new Thread(work, "Deployment SOP worker " + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
