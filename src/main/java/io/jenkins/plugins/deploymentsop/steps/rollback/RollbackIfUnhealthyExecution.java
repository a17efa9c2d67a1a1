package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Launcher;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.steps.TickingStepExecution;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@code rollbackIfUnhealthy} tick by tick on Jenkins' timer (the step needs {@code node}, whose executor
 * stays busy for the whole watch, as for {@code sh}): all state is in the serializable
 * {@link WatchSession}; router, sources, probes and record are wired anew from the context after a restart. A pending
 * manual decision is shown on the build page ("Deployment Decisions"); an answer there comes back through
 * {@link #decide} and asks for a tick at once. The body runs when the rollback plan restores the database.
 */
final class RollbackIfUnhealthyExecution extends TickingStepExecution implements DecisionHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(RollbackIfUnhealthyExecution.class.getName());

    private final RollbackIfUnhealthyStep step;
    private final WatchSession session;

    @CheckForNull
    private String shownDecision;

    // kept so that a body stopped by an abort ends the step as aborted, not as a plain failure
    @CheckForNull
    private Throwable bodyFailure;

    @CheckForNull
    private transient WatchServices services;

    RollbackIfUnhealthyExecution(
            final StepContext context, final RollbackIfUnhealthyStep step, final WatchSession session) {
        super(context);
        this.step = step;
        this.session = session;
    }

    @Override
    protected void begin() throws Exception {
        try {
            if (getContext().get(Launcher.class) == null) {
                throw new AbortException(StepWiring.NEEDS_NODE);
            }
            services(); // builds router, sources and probes now, so a bad value fails before anything is read
        } catch (InvalidInputException exception) {
            throw new AbortException(
                    RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key() + ": " + exception.getMessage());
        }
    }

    @Override
    protected Optional<Duration> tick() throws Exception {
        Next next = session.next(services());
        showQuestion();
        switch (next.kind()) {
            case TICK:
                return Optional.of(next.delay());
            case RUN_BODY:
                getContext().newBodyInvoker().withCallback(bodyCallback()).start();
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

    private Throwable failure(final String reason) {
        Throwable body = bodyFailure;
        if (body instanceof FlowInterruptedException) {
            return body;
        }
        return new AbortException(RollbackIfUnhealthyStep.FUNCTION_NAME + " " + reason);
    }

    /** Shows the pending question on the build page, or removes the answered one. */
    private void showQuestion() throws IOException, InterruptedException {
        String build = run().getExternalizableId();
        Optional<PendingDecision> question = session.question();
        String shown = shownDecision;
        if (shown != null && (question.isEmpty() || !question.get().id().equals(shown))) {
            DecisionRegistry.unregister(build, shown);
            shownDecision = null;
        }
        if (question.isPresent()) {
            DecisionRegistry.register(build, question.get(), this);
            shownDecision = question.get().id();
        }
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
            bodyFailure = failure;
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

    @Override
    public void onResume() {
        synchronized (this) {
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
        String shown = shownDecision;
        if (shown != null) {
            DecisionRegistry.unregister(run().getExternalizableId(), shown);
            shownDecision = null;
        }
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
