package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Launcher;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.steps.DeploymentLocks;
import io.jenkins.plugins.deploymentsop.steps.LockHold;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.steps.TickingStepExecution;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@code rollbackIfUnhealthy} tick by tick: all state is in the serializable {@link WatchSession}; router,
 * sources, probes and record are wired anew from the context after a restart. Ticks run on Jenkins' timer and a worker
 * pool, not on an executor of their own; the enclosing {@code node} block's executor stays taken, as for {@code sh}.
 * The build page ("Deployment Decisions") shows a pending manual decision and, for the whole watch, the standing
 * "Roll back now"; an answer there comes back through {@link #decide} and asks for a tick at once. The body runs when
 * the rollback plan restores the database.
 */
final class RollbackIfUnhealthyExecution extends TickingStepExecution implements DecisionHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(RollbackIfUnhealthyExecution.class.getName());

    private final RollbackIfUnhealthyStep step;

    // changed in place by ticks: saved as a copy (see TickingStepExecution#liveState)
    private transient WatchSession session;

    // the ids of the questions on the build page; null in executions saved before there could be several
    @CheckForNull
    private ArrayList<String> shownDecisions;

    // an interrupted body (an abort) ends the step with its own exception, so the build stays ABORTED; other
    // failures are not kept: an arbitrary exception may not survive the serialization of the program state
    @CheckForNull
    private FlowInterruptedException bodyInterruption;

    @CheckForNull
    private transient WatchServices services;

    // one deployment per service and environment at a time: the watch may roll back, so another build must not
    // move this release's traffic meanwhile; null in executions saved before the watch took the lock
    @CheckForNull
    private LockHold lock = new LockHold();

    RollbackIfUnhealthyExecution(
            final StepContext context, final RollbackIfUnhealthyStep step, final WatchSession session) {
        super(context);
        this.step = step;
        this.session = session;
    }

    @Override
    protected void begin() throws Exception {
        try {
            services(); // builds router, sources and probes now, so a bad value fails before anything is read
            if (getContext().get(Launcher.class) == null) { // StepWiring refused it unless it may
                log(RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key() + ": outside node, watching from the"
                        + " controller without an executor (haproxy over TCP and network health checks, as an"
                        + " administrator allowed)");
            }
        } catch (InvalidInputException exception) {
            throw new AbortException(
                    RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key() + ": " + exception.getMessage());
        }
    }

    @Override
    protected Optional<Duration> tick() throws Exception {
        WatchServices wired = services(); // first: a watch that can no longer be wired must not take the lock
        if (!step.isDryRun()) { // a dry run changes nothing, so it need not wait for anybody
            Optional<Duration> wait = lock().take(
                            DeploymentLocks.get(),
                            step.key(),
                            DeploymentLocks.holderOf(run()),
                            Instant.now(),
                            line -> log(RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key() + ": " + line));
            if (wait.isPresent()) {
                return follow(Next.tickIn(wait.get()));
            }
        }
        Next next = session.next(wired);
        showQuestion();
        return follow(next);
    }

    @Override
    protected Throwable failure(final String reason) {
        FlowInterruptedException interruption = bodyInterruption;
        return interruption == null
                ? new AbortException(RollbackIfUnhealthyStep.FUNCTION_NAME + " " + reason)
                : interruption;
    }

    /** Shows the questions of the session on the build page, and removes those no longer asked. */
    private void showQuestion() throws IOException, InterruptedException {
        String build = run().getExternalizableId();
        List<PendingDecision> questions = session.questions();
        List<String> ids = questions.stream().map(PendingDecision::id).collect(Collectors.toList());
        for (String shown : shown()) {
            if (!ids.contains(shown)) {
                DecisionRegistry.unregister(build, shown);
            }
        }
        questions.forEach(question -> DecisionRegistry.register(build, question, this));
        shownDecisions = new ArrayList<>(ids);
    }

    private List<String> shown() {
        List<String> shown = shownDecisions;
        return shown == null ? List.of() : shown;
    }

    @Override
    public void decide(final String decisionId, final String choice, final String userId, final String comment) {
        synchronized (this) {
            try {
                session.decide(services(), decisionId, choice, userId, comment);
            } catch (IOException | InterruptedException exception) {
                if (exception instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException(
                        "The decision could not be recorded: " + exception.getMessage(), exception);
            }
        }
        tickNow();
    }

    /**
     * Hears the end of the body (the database restore) and asks for a tick to go on with the plan.
     *
     * @param failure why the body failed, {@code null} if it succeeded
     */
    @Override
    protected void bodyFinished(@CheckForNull final Throwable failure) {
        synchronized (this) {
            bodyInterruption = failure instanceof FlowInterruptedException ? (FlowInterruptedException) failure : null;
            try {
                session.bodyFinished(
                        services(), Optional.ofNullable(failure).map(RollbackIfUnhealthyExecution::describe));
            } catch (IOException | InterruptedException | RuntimeException exception) {
                LOGGER.log(Level.WARNING, "Cannot record the end of the body of " + step.key(), exception);
                complete(new AbortException(RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key()
                        + ": cannot record the end of the database restore: " + describe(exception)));
                return;
            }
        }
        if (!isFinished()) {
            tickNow();
        }
    }

    private LockHold lock() {
        LockHold hold = lock;
        if (hold == null) {
            hold = new LockHold();
            lock = hold;
        }
        return hold;
    }

    @Override
    protected void onFinished() {
        lock().release(DeploymentLocks.get());
    }

    @Override
    public void onResume() {
        synchronized (this) {
            lock().restarted(); // the in-memory locks are gone: the next tick takes it again
            try {
                session.resume(services());
            } catch (IOException | InterruptedException | RuntimeException exception) {
                LOGGER.log(Level.WARNING, "Cannot wire " + step.key() + " after a restart", exception);
            }
        }
        super.onResume();
    }

    @Override
    protected void onStop(final Throwable cause) throws Exception {
        String build = run().getExternalizableId();
        shown().forEach(shown -> DecisionRegistry.unregister(build, shown));
        shownDecisions = null;
        String why = "stopped" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + " while "
                + session.status();
        services()
                .records()
                .update(record -> record.addTimeline(new TimelineEntry(
                        Instant.now(), WatchSession.STEP, "STOPPED", TimelineEntry.Status.FAILED, why)));
    }

    @Override
    protected void onTickFailure(final Throwable failure) {
        LOGGER.log(
                Level.WARNING, RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key() + " cannot continue", failure);
        String reason = RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key() + " cannot continue while "
                + session.status() + ": " + describe(failure);
        try {
            services()
                    .records()
                    .update(record -> record.addTimeline(new TimelineEntry(
                            Instant.now(), WatchSession.STEP, "ERROR", TimelineEntry.Status.FAILED, reason)));
        } catch (IOException | InterruptedException | RuntimeException exception) {
            LOGGER.log(Level.WARNING, "Cannot record the failure of " + step.key(), exception);
        }
        complete(new AbortException(
                failure instanceof InvalidInputException ? reason : reason + " (details in the Jenkins log)"));
    }

    @Override
    protected Optional<Serializable> liveState() {
        return Optional.of(session);
    }

    @Override
    protected void restoreLiveState(final Serializable state) {
        session = (WatchSession) state;
    }

    @Override
    public String getStatus() {
        return RollbackIfUnhealthyStep.FUNCTION_NAME + " " + session.status();
    }

    private WatchServices services() throws IOException, InterruptedException {
        WatchServices current = services;
        if (current == null) {
            current = StepWiring.create(step, getContext());
            services = current;
        }
        return current;
    }
}
