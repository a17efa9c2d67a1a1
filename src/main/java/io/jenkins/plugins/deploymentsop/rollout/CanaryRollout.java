package io.jenkins.plugins.deploymentsop.rollout;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.analysis.AnalysisPhase;
import io.jenkins.plugins.deploymentsop.analysis.AnalysisRun;
import io.jenkins.plugins.deploymentsop.analysis.AnalysisRunner;
import io.jenkins.plugins.deploymentsop.analysis.CanaryVerdict;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.analysis.MetricSettings;
import io.jenkins.plugins.deploymentsop.analysis.MetricVerdict;
import io.jenkins.plugins.deploymentsop.analysis.Outcome;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The canary state machine. The caller drives it: {@link #tick} does one unit of work (read the router, set one
 * weight, one round of measurements, one rollback attempt) and returns when to call again. Nothing here sleeps, and
 * everything kept between ticks is serializable, so a Jenkins step persists the machine and {@link #resume}s it after
 * a restart, in the same step with the remaining bake time.
 *
 * <p>Each step: set the canary's weight on the router (the canary is the idle colour, stable the live one), which
 * verifies it; bake for the plan's bake time while an {@link AnalysisRun} samples the metrics; judge. PASS goes to the
 * next step; FAIL or ERROR (e.g. a metric source failing more often in a row than its consecutive error limit) sends
 * all traffic back to stable and fails, or with {@code onFailure: pause} freezes the split and asks a person;
 * INCONCLUSIVE (a marginal score or too little data) asks a person, or aborts with {@code onMarginal: abort}. A
 * question not answered by its deadline aborts; a frozen failure is never rolled back by a timeout. Decisions once
 * taken stay taken; traffic is never left in an unknown split silently.
 */
public final class CanaryRollout implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The user id recorded for answers given by a timeout. */
    public static final String SYSTEM = "SYSTEM";

    private final CanaryPlan plan;
    private final PhaseTrack<CanaryPhase> phases = new PhaseTrack<>(CanaryPhase.READ_LIVE);
    private final VerifiedTraffic traffic = new VerifiedTraffic();
    private final SwitchBack rollback = new SwitchBack();
    private int stepIndex;
    private boolean gatePassed;
    private Instant startedAt = Instant.EPOCH;
    private Instant stepStartedAt = Instant.EPOCH;
    private Instant bakeEnd = Instant.EPOCH;

    @CheckForNull
    private AnalysisRun analysis;

    @CheckForNull
    private CanaryQuestion question;

    /**
     * Creates a rollout that starts by reading the live colour.
     *
     * @param plan what to do
     */
    public CanaryRollout(final CanaryPlan plan) {
        this.plan = plan;
    }

    /**
     * Does the next unit of work.
     *
     * @param context the collaborators
     * @return when to tick again, or done
     * @throws InterruptedException if interrupted while measuring; the state is unchanged, so ticking again repeats
     */
    public Tick tick(final CanaryContext context) throws InterruptedException {
        if (phases.startOnce(
                tools(context),
                () -> "read the live colour from " + context.router().describe())) {
            startedAt = now(context);
        }
        switch (phases.current()) {
            case READ_LIVE:
                return readLive(context);
            case SETTING_WEIGHT:
                return setWeight(context);
            case BAKING:
                return bake(context);
            case WAITING_FOR_DECISION:
                return waitForDecision(context);
            case ROLLING_BACK:
                return rollBack(context);
            default:
                return Tick.done();
        }
    }

    /**
     * Answers the pending question. A question is answered once: a second answer, or an answer to an older question,
     * is refused.
     *
     * @param context the collaborators
     * @param questionId the {@link CanaryQuestion#id()} the person saw
     * @param choice the answer
     * @param userId who answered
     * @param comment the comment, possibly empty
     * @return when to tick next
     * @throws IllegalStateException if that question is not pending (any more)
     */
    public Tick decide(
            final CanaryContext context,
            final String questionId,
            final CanaryChoice choice,
            final String userId,
            final String comment) {
        CanaryQuestion asked = question;
        CanaryPhase phase = phases.current();
        if (phase != CanaryPhase.WAITING_FOR_DECISION
                || asked == null
                || !asked.id().equals(questionId)) {
            throw new IllegalStateException("The question '" + questionId + "' is no longer pending (the canary is "
                    + phase + (asked == null ? "" : ", waiting for '" + asked.id() + "'") + ")");
        }
        return answer(context, asked, choice, userId, comment);
    }

    /**
     * Continues after a restart. Reads the router first: if it serves the last verified split (or the split being
     * applied) the current phase goes on, a bake with its remaining time and a question with its deadline; if it
     * serves anything else, the last verified split is restored first.
     *
     * @param context the new collaborators
     * @return when to tick next
     */
    public Tick resume(final CanaryContext context) {
        CanaryPhase phase = phases.current();
        if (phase.isTerminal()) {
            return Tick.done();
        }
        RolloutTools<CanaryPhase> tools = tools(context);
        Instant now = tools.now();
        if (phase == CanaryPhase.READ_LIVE || traffic.lastVerified().isEmpty()) {
            tools.decide("resume", "restarted before the live colour was known: read it again");
            return Tick.at(now);
        }
        VerifiedTraffic.Found found;
        try {
            found = traffic.afterRestart(context.router(), splitOfThisPhase());
        } catch (RouterException exception) {
            return fail(context, traffic.unreadableAfterRestart(exception));
        }
        if (found.expected()) {
            tools.decide("resume " + phase + stepText(), "the router serves " + found.served());
            return Tick.at(now);
        }
        try {
            traffic.restore(tools, found.surprise(), "restored after a restart");
            return Tick.at(now(context));
        } catch (RouterException exception) {
            return fail(
                    context,
                    found.surprise() + "; restoring it failed: " + exception.getMessage()
                            + VerifiedTraffic.unknownNote(exception));
        }
    }

    /**
     * Stops the rollout at the caller's request (an aborted build). Once the canary may have traffic, all traffic goes
     * back to stable first, so keep ticking until done.
     *
     * @param context the collaborators
     * @param why e.g. {@code aborted by admin}
     * @return when to tick next
     */
    public Tick abort(final CanaryContext context, final String why) {
        CanaryPhase phase = phases.current();
        if (phase.isTerminal()) {
            return Tick.done();
        }
        if (phase == CanaryPhase.ROLLING_BACK) {
            return Tick.at(now(context));
        }
        question = null;
        if (phase.mayHaveChangedTraffic() && !plan.dryRun()) {
            return startRollback(context, "Aborted: " + why);
        }
        return fail(context, "Aborted: " + why + "; traffic untouched, " + traffic.servesText());
    }

    // ---- phases

    private Tick readLive(final CanaryContext context) throws InterruptedException {
        Optional<String> refusal = traffic.readLive(tools(context), "starting a canary");
        if (refusal.isPresent()) {
            return fail(context, refusal.get());
        }
        Instant now = now(context);
        context.observer()
                .decision(
                        "canary on " + canaryColor(),
                        "the router serves " + verifiedSplit() + ", so " + stable() + " is stable and " + canaryColor()
                                + " is the canary; " + plan,
                        now);
        if (plan.dryRun()) {
            return dryRun(context);
        }
        stepIndex = 0;
        gatePassed = false;
        return toWeight(context, "stable colour " + stable());
    }

    // goes on to the current step's weight, through its manual gate first if pauseAt names it: the weight is announced
    // once, when it is about to be set, not also before a gate that may never open
    private Tick toWeight(final CanaryContext context, final String finished) {
        if (plan.pauseAt().contains(weight()) && !gatePassed) {
            return askAtGate(context);
        }
        moveTo(context, CanaryPhase.SETTING_WEIGHT, finished, "route " + target() + stepText());
        return Tick.at(now(context));
    }

    private Tick askAtGate(final CanaryContext context) {
        Percentage weight = weight();
        return ask(
                context,
                CanaryQuestion.Kind.GATE,
                "Raise the canary of " + plan.key().id() + " to " + weight + "?",
                "Manual gate (pauseAt " + weight + "): the canary " + canaryColor() + " serves "
                        + canaryShare() + " now" + previousVerdictText() + ". PROMOTE raises it to " + weight
                        + ", ABORT sends all traffic back to " + stable() + ".");
    }

    private Tick setWeight(final CanaryContext context) {
        Percentage weight = weight();
        if (plan.pauseAt().contains(weight) && !gatePassed) {
            return askAtGate(context); // a state kept by an earlier version, which announced the weight before its gate
        }
        TrafficSplit target = target();
        try {
            TrafficSplit served = traffic.apply(tools(context), target, "canary" + stepText());
            Instant now = now(context);
            stepStartedAt = now;
            bakeEnd = now.plus(plan.bakeTimeAt(stepIndex).toDuration());
            List<MetricSettings> metrics = plan.metrics().stream()
                    .filter(metric -> !(weight.isFull() && metric.comparesWithStable()))
                    .map(CanaryMetric::settings)
                    .collect(Collectors.toList());
            analysis = metrics.isEmpty() ? null : new AnalysisRun(metrics, now);
            moveTo(
                    context,
                    CanaryPhase.BAKING,
                    served + " (verified)",
                    "bake " + plan.bakeTimeAt(stepIndex) + " at " + weight + stepText() + " judging "
                            + (metrics.isEmpty()
                                    ? "no metrics"
                                    : metrics.stream().map(MetricSettings::name).collect(Collectors.joining(", "))));
            return Tick.at(now);
        } catch (RouterException exception) {
            return startRollback(context, "Routing " + target + stepText() + " failed: " + exception.getMessage());
        }
    }

    private Tick bake(final CanaryContext context) throws InterruptedException {
        AnalysisRun run = analysis;
        if (run != null && !run.isCompleted()) {
            Map<String, MetricCheck> checks = context.checks().checks(canaryColor(), stable());
            new AnalysisRunner(context.clock(), checks).tick(run);
        }
        Instant now = now(context);
        if (run != null && run.isCompleted() && run.phase() != AnalysisPhase.SUCCESSFUL) {
            return judge(context, run); // a failure or an exhausted limit decides before the bake ends
        }
        if (!now.isBefore(bakeEnd)) {
            if (run != null) {
                run.terminate(now);
            }
            return judge(context, run);
        }
        Instant next = bakeEnd;
        if (run != null) {
            next = run.nextDueAt().filter(due -> due.isBefore(bakeEnd)).orElse(bakeEnd);
        }
        return Tick.at(next.isBefore(now) ? now : next);
    }

    private Tick judge(final CanaryContext context, @CheckForNull final AnalysisRun run) {
        Instant now = now(context);
        CanaryVerdict verdict = run == null ? CanaryVerdict.PASS : CanaryStepVerdict.verdictOf(run.phase());
        String because = run == null
                ? "no metric to judge at " + weight() + ": baked " + plan.bakeTimeAt(stepIndex)
                : run.reason() + (run.dryRunSummary().isEmpty() ? "" : "; dry-run metrics: " + run.dryRunSummary());
        context.observer()
                .stepJudged(new CanaryStepVerdict(
                        stepIndex + 1, plan.steps().size(), weight(), verdict, because, stepStartedAt, now, run));
        String subject =
                "Canary step " + (stepIndex + 1) + " of " + plan.steps().size() + " (" + canaryColor() + " at "
                        + weight() + ", after " + seconds(Duration.between(stepStartedAt, now)) + ")";
        switch (verdict) {
            case PASS:
                context.observer().decision("canary step passed", subject + ": " + because, now);
                return passStep(context);
            case FAIL:
            case ERROR:
                String failure =
                        subject + (verdict == CanaryVerdict.ERROR ? " could not be judged: " : " failed: ") + because;
                if (plan.onFailure() == CanaryFailureAction.PAUSE) {
                    return ask(
                            context,
                            CanaryQuestion.Kind.FAILURE,
                            "The canary of " + plan.key().id() + " failed at " + weight() + ": promote anyway?",
                            failure + ". onFailure is pause: the split " + verifiedSplit()
                                    + " stays frozen. PROMOTE goes on, ABORT sends all traffic back to " + stable()
                                    + "; without an answer within " + plan.decisionTimeout()
                                    + " the build fails and the split stays frozen.");
                }
                return startRollback(context, failure);
            default:
                String marginal = subject + " was inconclusive: " + because;
                if (plan.onMarginal() == CanaryMarginalAction.ABORT) {
                    return startRollback(context, marginal + "; onMarginal is abort");
                }
                return ask(
                        context,
                        CanaryQuestion.Kind.MARGINAL,
                        "Promote the canary of " + plan.key().id() + " beyond " + weight() + "?",
                        marginal + ". PROMOTE goes on, ABORT sends all traffic back to " + stable()
                                + "; without an answer within " + plan.decisionTimeout() + " the canary is aborted.");
        }
    }

    private Tick passStep(final CanaryContext context) {
        Instant now = now(context);
        analysis = null;
        if (stepIndex == plan.steps().size() - 1) {
            return phases.end(
                    tools(context),
                    CanaryPhase.PROMOTED,
                    "canary promoted",
                    "The canary " + canaryColor() + " serves " + verifiedSplit() + " (verified) and passed all "
                            + plan.steps().size() + " steps " + plan.steps() + " in "
                            + seconds(Duration.between(startedAt, now)));
        }
        stepIndex++;
        gatePassed = false;
        return toWeight(context, "step " + stepIndex + " passed");
    }

    private Tick ask(
            final CanaryContext context, final CanaryQuestion.Kind kind, final String title, final String details) {
        Instant now = now(context);
        CanaryQuestion asked = new CanaryQuestion(
                kind,
                stepIndex + 1,
                canaryShare(),
                title,
                details,
                now,
                now.plus(plan.decisionTimeout().toDuration()));
        question = asked;
        context.observer().waitingForDecision(asked);
        moveTo(context, CanaryPhase.WAITING_FOR_DECISION, title, details);
        return Tick.at(asked.deadline());
    }

    private Tick waitForDecision(final CanaryContext context) {
        CanaryQuestion asked = question;
        if (asked == null) {
            throw new IllegalStateException("Waiting for a decision without a question");
        }
        Instant now = now(context);
        if (now.isBefore(asked.deadline())) {
            return Tick.at(asked.deadline());
        }
        String timeout = "no decision within " + plan.decisionTimeout();
        if (asked.kind() == CanaryQuestion.Kind.FAILURE) {
            question = null;
            context.observer().decided(asked, CanaryChoice.ABORT, SYSTEM, timeout, now);
            return fail(
                    context,
                    asked.details().split("\\. onFailure")[0] + "; " + timeout + ": the split " + verifiedSplit()
                            + " stays frozen because onFailure is pause; send traffic back to " + stable()
                            + " yourself when it is safe");
        }
        return answer(context, asked, CanaryChoice.ABORT, SYSTEM, timeout + ": the default is abort");
    }

    private Tick answer(
            final CanaryContext context,
            final CanaryQuestion asked,
            final CanaryChoice choice,
            final String userId,
            final String comment) {
        Instant now = now(context);
        question = null;
        context.observer().decided(asked, choice, userId, comment, now);
        String who = SYSTEM.equals(userId) ? comment : userId + (comment.isBlank() ? "" : " (" + comment + ")");
        if (choice == CanaryChoice.ABORT) {
            return startRollback(
                    context, "Canary aborted at step " + asked.step() + " (" + asked.weight() + "): " + who);
        }
        context.observer().decision("promote", asked.title() + " " + who, now);
        if (asked.kind() == CanaryQuestion.Kind.GATE) {
            gatePassed = true;
            return toWeight(context, "promoted by " + who);
        }
        return passStep(context);
    }

    private Tick dryRun(final CanaryContext context) throws InterruptedException {
        Map<String, MetricCheck> checks = context.checks().checks(canaryColor(), stable());
        StringBuilder failures = new StringBuilder();
        for (CanaryMetric metric : plan.metrics()) {
            MetricCheck check = checks.get(metric.name());
            MetricVerdict verdict =
                    check == null ? MetricVerdict.error(metric.name(), "no check configured") : check.check();
            context.observer().decision("dry run: measured " + metric.name(), verdict.toString(), now(context));
            if (verdict.outcome() == Outcome.ERROR) {
                failures.append(failures.length() == 0 ? "" : "; ").append(verdict);
            }
        }
        List<Percentage> weights = plan.steps();
        for (int step = 0; step < weights.size(); step++) {
            Percentage weight = weights.get(step);
            context.observer()
                    .decision(
                            "dry run: would route " + TrafficSplit.withShare(canaryColor(), weight),
                            "bake " + plan.bakeTimeAt(step)
                                    + (plan.pauseAt().contains(weight) ? " after a manual gate" : ""),
                            now(context));
        }
        if (failures.length() > 0) {
            return fail(context, "Dry run: a metric source failed: " + failures + "; nothing was changed");
        }
        return phases.end(
                tools(context),
                CanaryPhase.PROMOTED,
                "Dry run: the router serves " + verifiedSplit() + "; would move " + canaryColor() + " through "
                        + plan.steps() + " baking " + plan.bakeTimesText() + " (at least "
                        + plan.minimumPromotionTime() + "); every metric source answered; nothing was changed");
    }

    private Tick rollBack(final CanaryContext context) {
        SwitchBack.Result result = rollback.attempt(
                tools(context),
                traffic,
                plan.rollbackAttempts(),
                plan.rollbackRetryDelay(),
                new SwitchBack.Words(
                        "canary weight 0: back on " + stable(),
                        "retry sending traffic back to " + stable(),
                        "sending traffic back to " + stable(),
                        "traffic is back on " + stable() + ": "));
        if (result.retryAt().isPresent()) {
            return Tick.at(result.retryAt().get());
        }
        return result.back()
                ? phases.end(tools(context), CanaryPhase.ROLLED_BACK, result.outcome())
                : fail(context, result.outcome());
    }

    // ---- transitions

    private Tick startRollback(final CanaryContext context, final String why) {
        rollback.start(why, now(context));
        analysis = null;
        context.observer().decision("abort the canary", why, now(context));
        moveTo(context, CanaryPhase.ROLLING_BACK, why, "send all traffic back to " + stable());
        return Tick.at(now(context));
    }

    private Tick fail(final CanaryContext context, final String why) {
        question = null;
        return phases.end(tools(context), CanaryPhase.FAILED, "stop the canary", why);
    }

    private void moveTo(
            final CanaryContext context, final CanaryPhase next, final String finished, final String starting) {
        phases.moveTo(tools(context), next, finished, starting);
    }

    private static RolloutTools<CanaryPhase> tools(final CanaryContext context) {
        return new RolloutTools<>(context.router(), context.clock(), context.observer());
    }

    // the split this phase applies next: a restart may have come just after the router took it
    private Optional<TrafficSplit> splitOfThisPhase() {
        CanaryPhase phase = phases.current();
        if (phase == CanaryPhase.SETTING_WEIGHT) {
            return Optional.of(target());
        }
        if (phase == CanaryPhase.ROLLING_BACK) {
            return Optional.of(TrafficSplit.allOn(stable()));
        }
        return Optional.empty();
    }

    // ---- state

    public CanaryPlan plan() {
        return plan;
    }

    public CanaryPhase phase() {
        return phases.current();
    }

    /** The question a person must answer, while the canary waits. */
    public Optional<CanaryQuestion> pendingQuestion() {
        return phases.current() == CanaryPhase.WAITING_FOR_DECISION ? Optional.ofNullable(question) : Optional.empty();
    }

    /** The colour that was live when the canary started, once read. */
    public Optional<Color> stableColor() {
        return traffic.liveColor();
    }

    /** The colour of the new version, once the live colour is known. */
    public Optional<Color> canary() {
        return stableColor().map(Color::other);
    }

    /** The last split read back from the router after a change. */
    public Optional<TrafficSplit> lastVerifiedSplit() {
        return traffic.lastVerified();
    }

    /** The current step, from 1. */
    public int step() {
        return stepIndex + 1;
    }

    /** When the current step's bake ends (meaningful while baking). */
    public Instant bakeEnd() {
        return bakeEnd;
    }

    /** The current step's analysis, while baking. */
    public Optional<AnalysisRun> analysis() {
        return Optional.ofNullable(analysis);
    }

    /** The outcome in words once terminal; empty text before. */
    public String reason() {
        return phases.reason();
    }

    private Percentage weight() {
        return plan.steps().get(stepIndex);
    }

    private TrafficSplit target() {
        return TrafficSplit.withShare(canaryColor(), weight());
    }

    private Percentage canaryShare() {
        return traffic.lastVerified()
                .map(verified -> verified.weight(canaryColor()))
                .orElse(Percentage.ZERO);
    }

    private String previousVerdictText() {
        return stepIndex == 0
                ? ""
                : " and passed step " + stepIndex + " (" + plan.steps().get(stepIndex - 1) + ")";
    }

    private String stepText() {
        return " (step " + (stepIndex + 1) + " of " + plan.steps().size() + ")";
    }

    private Color stable() {
        return traffic.live();
    }

    private Color canaryColor() {
        return stable().other();
    }

    private String verifiedSplit() {
        return traffic.splitText();
    }

    private static Instant now(final CanaryContext context) {
        return context.clock().instant();
    }

    private static String seconds(final Duration duration) {
        return duration.toSeconds() + "s";
    }
}
