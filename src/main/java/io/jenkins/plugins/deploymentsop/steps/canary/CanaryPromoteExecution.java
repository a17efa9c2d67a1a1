package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.rollout.CanaryChecks;
import io.jenkins.plugins.deploymentsop.rollout.CanaryChoice;
import io.jenkins.plugins.deploymentsop.rollout.CanaryContext;
import io.jenkins.plugins.deploymentsop.rollout.CanaryObserver;
import io.jenkins.plugins.deploymentsop.rollout.CanaryPhase;
import io.jenkins.plugins.deploymentsop.rollout.CanaryQuestion;
import io.jenkins.plugins.deploymentsop.rollout.CanaryRollout;
import io.jenkins.plugins.deploymentsop.rollout.Tick;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.RunRecords;
import io.jenkins.plugins.deploymentsop.steps.TickingStepExecution;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Ticks the engine's {@link CanaryRollout}: one unit of work per tick on a worker thread, the machine's state in this
 * serializable execution, a restart resumed with {@link CanaryRollout#resume}. Questions for people are registered on
 * the build's Deployment Decisions page; answers come back through {@link #decide}.
 */
final class CanaryPromoteExecution extends TickingStepExecution implements DecisionHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(CanaryPromoteExecution.class.getName());
    private static final List<String> CHOICES = List.of(CanaryChoice.PROMOTE.name(), CanaryChoice.ABORT.name());

    private final CanaryPromoteStep step;
    private final CanaryRollout rollout;

    @CheckForNull
    private transient CanaryContext context;

    @CheckForNull
    private transient String registered;

    private transient Clock clock = Clock.systemUTC();

    CanaryPromoteExecution(final StepContext context, final CanaryPromoteStep step, final CanaryRollout rollout) {
        super(context);
        this.step = step;
        this.rollout = rollout;
    }

    @Override
    protected void begin() throws Exception {
        RouterCheck.requireNoCommands(step);
        try {
            context(); // builds router and checks now, so a bad value or credentials ID fails before anything runs
        } catch (InvalidInputException exception) {
            throw new AbortException(CanaryPromoteStep.FUNCTION_NAME + ": " + exception.getMessage());
        }
        if (!step.isDryRun()) {
            Instant now = clock().instant();
            RunRecords.update(run(), key(), record -> {
                record.setStrategy(Strategy.CANARY);
                if (!step.getVersion().isEmpty()) {
                    record.setVersion(step.getVersion());
                }
                record.addTimeline(new TimelineEntry(
                        now,
                        CanaryPromoteStep.FUNCTION_NAME,
                        "PLAN",
                        TimelineEntry.Status.INFO,
                        rollout.plan() + "; at least " + rollout.plan().minimumPromotionTime() + " to 100%"));
            });
        }
    }

    @Override
    protected Optional<Duration> tick() throws Exception {
        Tick next = rollout.tick(context());
        return after(next);
    }

    private Optional<Duration> after(final Tick next) throws IOException, InterruptedException {
        syncDecision();
        if (next.isDone()) {
            finish();
            return Optional.empty();
        }
        Instant at = next.at().orElseThrow();
        Duration delay = Duration.between(clock().instant(), at);
        return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    }

    private void finish() throws IOException, InterruptedException {
        CanaryPhase phase = rollout.phase();
        String reason = rollout.reason();
        if (!step.isDryRun()) {
            Outcome outcome = phase == CanaryPhase.PROMOTED
                    ? Outcome.SUCCEEDED
                    : phase == CanaryPhase.ROLLED_BACK ? Outcome.ROLLED_BACK : Outcome.FAILED;
            Instant now = clock().instant();
            RunRecords.update(run(), key(), record -> {
                rollout.stableColor().ifPresent(color -> record.setPreviousColor(color.id()));
                record.finish(outcome, reason, now);
            });
        }
        if (phase == CanaryPhase.PROMOTED) {
            complete(result());
        } else {
            complete(new AbortException(CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + ": " + reason));
        }
    }

    private Map<String, Object> result() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("phase", rollout.phase().name());
        result.put("reason", rollout.reason());
        rollout.canary().ifPresent(color -> result.put("canaryColor", color.id()));
        rollout.stableColor().ifPresent(color -> result.put("stableColor", color.id()));
        result.put("dryRun", step.isDryRun());
        return result;
    }

    @Override
    public void decide(final String decisionId, final String choice, final String userId, final String comment) {
        synchronized (this) {
            if (isFinished()) {
                throw new IllegalStateException("The canary of " + key().id() + " has ended");
            }
            String prefix = key().id() + ":";
            String questionId = decisionId.startsWith(prefix) ? decisionId.substring(prefix.length()) : decisionId;
            try {
                rollout.decide(
                        context(), questionId, CanaryChoice.valueOf(choice.toUpperCase(Locale.ROOT)), userId, comment);
                syncDecision();
                getContext().saveState();
            } catch (IOException | InterruptedException exception) {
                if (exception instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("Cannot apply the answer: " + exception.getMessage(), exception);
            }
        }
        tickNow();
    }

    @Override
    public void onResume() {
        synchronized (this) {
            context = null;
            registered = null;
            try {
                rollout.resume(context());
                syncDecision();
            } catch (IOException | InterruptedException | RuntimeException exception) {
                LOGGER.log(Level.WARNING, "canaryPromote " + key().id() + " cannot resume", exception);
                log("[" + CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + "] cannot resume: "
                        + exception.getMessage());
            }
        }
        super.onResume();
    }

    @Override
    protected void onStop(final Throwable cause) throws Exception {
        String why = "the build was stopped" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        stopRollout(why);
    }

    @Override
    protected void onTickFailure(final Throwable failure) {
        LOGGER.log(Level.WARNING, "canaryPromote " + key().id() + " cannot continue", failure);
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String why = CanaryPromoteStep.FUNCTION_NAME + " cannot continue: " + message;
        try {
            stopRollout(why);
        } catch (IOException | InterruptedException | RuntimeException secondFailure) {
            LOGGER.log(Level.WARNING, "canaryPromote " + key().id() + " cannot restore traffic", secondFailure);
        }
        String reason = rollout.phase().isTerminal() ? rollout.reason() : why;
        complete(new AbortException(CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + ": " + reason));
    }

    // sends traffic back to stable when the canary may have some; bounded, as the step ends right after
    private void stopRollout(final String why) throws IOException, InterruptedException {
        CanaryContext current = context();
        Tick next = rollout.abort(current, why);
        for (int attempt = 0; attempt < rollout.plan().rollbackAttempts() + 1 && !next.isDone(); attempt++) {
            next = rollout.tick(current);
        }
        syncDecision();
        if (!step.isDryRun()) {
            Instant now = clock().instant();
            String reason = rollout.reason();
            Outcome outcome = rollout.phase() == CanaryPhase.ROLLED_BACK ? Outcome.ABORTED : Outcome.FAILED;
            RunRecords.update(run(), key(), record -> record.finish(outcome, reason, now));
        }
    }

    // shows the pending question on the build page, and removes an answered or expired one
    private void syncDecision() throws IOException, InterruptedException {
        String buildId = run().getExternalizableId();
        Optional<CanaryQuestion> question = rollout.pendingQuestion();
        String wanted = question.map(asked -> key().id() + ":" + asked.id()).orElse(null);
        String current = registered;
        if (current != null && !current.equals(wanted)) {
            DecisionRegistry.unregister(buildId, current);
            registered = null;
        }
        if (question.isPresent() && wanted != null && !wanted.equals(registered)) {
            CanaryQuestion asked = question.get();
            DecisionRegistry.register(
                    buildId,
                    new PendingDecision(
                            wanted,
                            asked.title(),
                            asked.details(),
                            CHOICES,
                            List.of(),
                            List.of(),
                            List.of(),
                            asked.deadline(),
                            CanaryChoice.ABORT.name()),
                    this);
            registered = wanted;
        }
    }

    private CanaryContext context() throws IOException, InterruptedException {
        CanaryContext current = context;
        if (current == null) {
            Run<?, ?> run = run();
            TaskListener listener = getContext().get(TaskListener.class);
            String prefix = "[" + CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + "] ";
            CanaryRecords records =
                    step.isDryRun() ? CanaryRecords.NONE : change -> RunRecords.update(run, key(), change);
            CanaryRecordObserver observer = new CanaryRecordObserver(records, line -> {
                if (listener != null) {
                    listener.getLogger().println(prefix + line);
                }
            });
            current = wire(
                    step,
                    source -> source.createClient(SourceCredentials.resolve(run, source.getCredentialsId()), clock()),
                    observer,
                    clock());
            context = current;
        }
        return current;
    }

    /**
     * Builds the collaborators of a step from its parts; the checks are built once for both colours, so a bad query
     * or a missing source fails here.
     *
     * @param step the parameters
     * @param clients turns a source into a client
     * @param observer where events go
     * @param clock the clock
     * @return the context
     */
    static CanaryContext wire(
            final CanaryPromoteStep step,
            final Function<PrometheusSource, PrometheusClient> clients,
            final CanaryObserver observer,
            final Clock clock) {
        RouterConfiguration configuration = step.getRouter();
        if (configuration == null) {
            throw new InvalidInputException("router", "(none)", "a router such as haproxy(socket: ..., backend: ...)");
        }
        TrafficRouter router =
                configuration.createRouter(new ColorTargets(step.getBlue(), step.getGreen()), RouterCheck.NO_COMMANDS);
        CanaryChecks checks = step.checks(clients, clock);
        checks.checks(Color.GREEN, Color.BLUE);
        return new CanaryContext(router, checks, observer, clock);
    }

    @Override
    public String getStatus() {
        return CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + ": " + rollout.phase() + " at step "
                + rollout.step() + " of " + rollout.plan().steps().size();
    }

    CanaryRollout rollout() {
        return rollout;
    }

    private DeploymentKey key() {
        return step.key();
    }

    private Clock clock() {
        Clock current = clock;
        if (current == null) {
            current = Clock.systemUTC();
            clock = current;
        }
        return current;
    }

    /** Lets tests run the execution on a fake clock. */
    void useClock(final Clock testClock) {
        this.clock = testClock;
        this.context = null;
    }
}
