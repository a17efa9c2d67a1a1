package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
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
import io.jenkins.plugins.deploymentsop.steps.DeploymentLocks;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.steps.LockHold;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The work of one {@code canaryPromote}, apart from the Jenkins step API so it is tested with a mocked build: it wires
 * the engine's {@link CanaryRollout} (router, metric checks with resolved credentials, the record observer), ticks it,
 * shows its questions on the build page and turns its end into the step's result. Serializable: the rollout's state is
 * all there is; collaborators are rebuilt after a restart.
 */
final class CanaryDeployment implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> CHOICES = List.of(CanaryChoice.PROMOTE.name(), CanaryChoice.ABORT.name());

    private final CanaryPromoteStep step;
    private final CanaryRollout rollout;
    private final LockHold lock = new LockHold();

    // the lock was taken and the record opened: the canary has begun to deploy
    private volatile boolean begun;

    // restarted: the first tick with the lock reads the router before going on
    private volatile boolean resuming;

    @CheckForNull
    private transient CanaryContext context;

    // the question shown on the build page; read by the web request that brings an answer
    @CheckForNull
    private transient volatile String registered;

    // an answer from the build page that the next tick applies
    private final AtomicReference<CanaryAnswer> answer = new AtomicReference<>();

    @CheckForNull
    private transient Clock clock;

    CanaryDeployment(final CanaryPromoteStep step, final CanaryRollout rollout) {
        this.step = step;
        this.rollout = rollout;
    }

    /**
     * Builds the collaborators, so a bad query, a missing source or an unknown credentials ID fails before anything
     * changes. The record is opened by the first tick, once the deployment lock is held.
     *
     * @param host the running step
     * @throws IOException if the build is gone
     * @throws InterruptedException if interrupted
     * @throws InvalidInputException naming a bad parameter
     */
    void begin(final CanaryHost host) throws IOException, InterruptedException {
        context(host);
    }

    // the deployment starts once the lock is held: its record says so with the plan. Inside an enclosing step of the
    // same build (blueGreenDeploy's block) the deployment is that step's: its strategy stays, the canary adds steps
    private void open(final CanaryHost host) throws IOException, InterruptedException {
        Instant now = clock().instant();
        boolean nested = lock.isJoined();
        records(host).update(record -> {
            if (!nested || record.getStrategy() == Strategy.OTHER) {
                record.setStrategy(Strategy.CANARY);
            }
            if (!step.getVersion().isEmpty()) {
                record.setVersion(step.getVersion());
            }
            String within = nested && record.getStrategy() != Strategy.CANARY
                    ? "canary steps within the "
                            + record.getStrategy()
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('_', '-')
                            + " deployment of this build: "
                    : "";
            record.addTimeline(new TimelineEntry(
                    now,
                    CanaryPromoteStep.FUNCTION_NAME,
                    "PLAN",
                    TimelineEntry.Status.INFO,
                    within + rollout.plan() + "; at least " + rollout.plan().minimumPromotionTime() + " to 100%"));
        });
    }

    /**
     * Does one unit of work.
     *
     * @param host the running step
     * @return what the execution does next
     * @throws IOException if the build is gone
     * @throws InterruptedException if interrupted
     */
    Next tick(final CanaryHost host) throws IOException, InterruptedException {
        Optional<Duration> wait = lock.take(
                host.lock(),
                key(),
                DeploymentLocks.holderOf(host.run()),
                clock().instant(),
                line -> host.log(prefix() + line));
        if (wait.isPresent()) {
            return Next.tickIn(wait.get());
        }
        if (!begun) {
            begun = true;
            open(host);
        }
        if (resuming) {
            resuming = false;
            return after(host, rollout.resume(context(host)));
        }
        Optional<Tick> answered = applyAnswer(host);
        if (answered.isPresent()) {
            return after(host, answered.get());
        }
        return after(host, rollout.tick(context(host)));
    }

    /**
     * Takes a person's answer to the question on the build page; the next tick applies it. It runs on the web
     * request's thread, so it only checks the answer against the question shown and keeps it: the router, the
     * credentials and the running tick are left alone.
     *
     * @param decisionId the registered decision id
     * @param choice PROMOTE or ABORT
     * @param userId who
     * @param comment the comment
     * @throws IllegalArgumentException if the choice is neither PROMOTE nor ABORT
     * @throws IllegalStateException if the question is not shown (any more), or was answered already
     */
    void receive(final String decisionId, final String choice, final String userId, final String comment) {
        if (!decisionId.equals(registered)) {
            throw new IllegalStateException("The question '" + decisionId + "' is no longer pending");
        }
        CanaryAnswer given =
                new CanaryAnswer(decisionId, CanaryChoice.valueOf(choice.toUpperCase(Locale.ROOT)), userId, comment);
        if (!answer.compareAndSet(null, given)) {
            CanaryAnswer first = answer.get();
            throw new IllegalStateException("The question '" + decisionId + "' was answered already"
                    + (first == null ? "" : " by " + first.userId() + " (" + first.choice() + ")"));
        }
    }

    // applies an answer taken from the build page; an answer that came too late is logged and dropped
    private Optional<Tick> applyAnswer(final CanaryHost host) throws IOException, InterruptedException {
        CanaryAnswer given = answer.getAndSet(null);
        if (given == null) {
            return Optional.empty();
        }
        String prefix = key().id() + ":";
        String id = given.decisionId();
        String questionId = id.startsWith(prefix) ? id.substring(prefix.length()) : id;
        try {
            return Optional.of(
                    rollout.decide(context(host), questionId, given.choice(), given.userId(), given.comment()));
        } catch (IllegalStateException late) {
            host.log(prefix() + "the answer " + given.choice() + " of " + given.userId() + " came too late: "
                    + late.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Continues after a restart: shows a pending question again; the next tick takes the deployment lock again (the
     * locks lived in memory), then reads the router before the canary goes on.
     *
     * @param host the running step
     * @throws IOException if the build is gone
     * @throws InterruptedException if interrupted
     */
    void resume(final CanaryHost host) throws IOException, InterruptedException {
        context = null;
        registered = null;
        lock.restarted();
        resuming = begun && !rollout.phase().isTerminal();
        syncDecision(host);
    }

    /**
     * Stops the canary (the build was aborted, or a tick failed): traffic goes back to stable if the canary may have
     * some, bounded by the plan's rollback attempts since the step ends right after.
     *
     * @param host the running step
     * @param why the reason
     * @return the reason the rollout ended with
     * @throws IOException if the build is gone
     * @throws InterruptedException if interrupted
     */
    String stop(final CanaryHost host, final String why) throws IOException, InterruptedException {
        try {
            if (!begun) {
                return why + "; the canary had not begun: nothing was changed"; // no record, nothing to restore
            }
            resuming = false;
            CanaryContext current = context(host);
            Tick next = rollout.abort(current, why);
            for (int attempt = 0; attempt <= rollout.plan().rollbackAttempts() && !next.isDone(); attempt++) {
                next = rollout.tick(current);
            }
            syncDecision(host);
            String reason = rollout.phase().isTerminal() ? rollout.reason() : why;
            Outcome outcome = rollout.phase() == CanaryPhase.ROLLED_BACK ? Outcome.ABORTED : Outcome.FAILED;
            end(host, outcome, reason);
            return reason;
        } finally {
            lock.release(host.lock());
        }
    }

    private Next after(final CanaryHost host, final Tick next) throws IOException, InterruptedException {
        syncDecision(host);
        if (!next.isDone()) {
            Duration delay = Duration.between(clock().instant(), next.at().orElseThrow());
            return Next.tickIn(delay);
        }
        CanaryPhase phase = rollout.phase();
        String reason = rollout.reason();
        Outcome outcome = phase == CanaryPhase.PROMOTED
                ? Outcome.SUCCEEDED
                : phase == CanaryPhase.ROLLED_BACK ? Outcome.ROLLED_BACK : Outcome.FAILED;
        try {
            end(host, outcome, reason);
        } finally {
            lock.release(host.lock());
        }
        if (phase == CanaryPhase.PROMOTED) {
            return Next.succeed(result());
        }
        return Next.fail(CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + ": " + reason);
    }

    // the colours as the canary left them, and the end of the record unless an enclosing step of the build owns it:
    // that step goes on (or fails because this one did) and ends the deployment itself
    private void end(final CanaryHost host, final Outcome outcome, final String reason)
            throws IOException, InterruptedException {
        DeploymentRecords records = records(host);
        Optional<Color> stable = rollout.stableColor();
        records.update(record -> {
            if (rollout.phase() == CanaryPhase.PROMOTED) {
                stable.ifPresent(color -> record.setPreviousColor(color.id()));
            } else if (!record.getPreviousColor().isEmpty()
                    && record.getPreviousColor().equals(record.getLiveColor())) {
                record.setPreviousColor(""); // traffic is back where it was: no colour was replaced
            }
        });
        if (!lock.isJoined()) {
            records.finish(outcome, reason, clock().instant());
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

    // shows the pending question on the build page, and removes an answered or expired one
    private void syncDecision(final CanaryHost host) throws IOException, InterruptedException {
        String buildId = host.run().getExternalizableId();
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
                    host.handler());
            registered = wanted;
        }
    }

    // the build's record of this deployment; a dry run has none
    private DeploymentRecords records(final CanaryHost host) throws IOException, InterruptedException {
        return step.isDryRun()
                ? DeploymentRecords.NONE
                : DeploymentRecords.of(host.run(), key(), CanaryPromoteStep.FUNCTION_NAME);
    }

    private CanaryContext context(final CanaryHost host) throws IOException, InterruptedException {
        CanaryContext current = context;
        if (current == null) {
            Run<?, ?> run = host.run();
            String prefix = prefix();
            CanaryRecordObserver observer = new CanaryRecordObserver(records(host), line -> host.log(prefix + line));
            current = wire(
                    step,
                    host::router,
                    source -> source.createClient(SourceCredentials.resolve(run, source.getCredentialsId()), clock()),
                    observer,
                    clock());
            context = current;
        }
        return current;
    }

    /**
     * Builds the collaborators of a step; the checks are built once for both colours, so a bad query or a missing
     * source fails here.
     *
     * @param step the parameters
     * @param routers creates the router where it must run (on the build's agent)
     * @param clients turns a source into a client
     * @param observer where events go
     * @param clock the clock
     * @return the context
     * @throws InvalidInputException naming a bad parameter
     */
    static CanaryContext wire(
            final CanaryPromoteStep step,
            final BiFunction<RouterConfiguration, ColorTargets, TrafficRouter> routers,
            final Function<PrometheusSource, PrometheusClient> clients,
            final CanaryObserver observer,
            final Clock clock) {
        RouterConfiguration configuration = step.requireRouter();
        TrafficRouter router = routers.apply(configuration, new ColorTargets(step.getBlue(), step.getGreen()));
        CanaryChecks checks = step.checks(clients, clock);
        checks.checks(Color.GREEN, Color.BLUE);
        return new CanaryContext(router, checks, observer, clock);
    }

    CanaryRollout rollout() {
        return rollout;
    }

    String status() {
        String name = CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + ": ";
        if (!lock.isHeld() && lock.waitingFor().isPresent()) {
            return name + "waiting for the deployment lock ("
                    + lock.waitingFor().get() + ")";
        }
        return name + rollout.phase() + " at step " + rollout.step() + " of "
                + rollout.plan().steps().size();
    }

    private String prefix() {
        return "[" + CanaryPromoteStep.FUNCTION_NAME + " " + key().id() + "] ";
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

    /**
     * Lets tests run on a fake clock.
     *
     * @param testClock the clock
     */
    void useClock(final Clock testClock) {
        this.clock = testClock;
        this.context = null;
    }
}
