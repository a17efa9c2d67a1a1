package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The blue-green state machine. The caller drives it: {@link #tick} does one unit of work (read the router, one
 * health check, one traffic step, one validation round, one switch-back attempt) and returns a {@link Tick} saying
 * when to call again or that the deployment body must run now. Nothing here sleeps, and everything kept between ticks
 * is serializable, so a Jenkins step can persist the machine and {@link #resume} it after a restart.
 *
 * <p>Rules: a failed body or an unhealthy new colour stops the rollout with traffic untouched; a failed step health
 * check, a failed traffic change or a failed validation switches all traffic back to the previous colour and verifies
 * it; traffic is never left in an unknown split silently: every failure says what the router serves.
 */
public final class BlueGreenRollout implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where a traffic step is: about to change the router, or waiting before its health check. */
    private enum StepState {
        APPLY,
        WAIT
    }

    private final BlueGreenPlan plan;
    private final PhaseTrack<BlueGreenPhase> phases = new PhaseTrack<>(BlueGreenPhase.READ_LIVE);
    private final VerifiedTraffic traffic = new VerifiedTraffic();
    private final SwitchBack switchBack = new SwitchBack();
    private int stepIndex;
    private StepState stepState = StepState.APPLY;
    private Instant nextTickAt = Instant.EPOCH;
    private Instant validationStart = Instant.EPOCH;

    /**
     * Creates a rollout that starts by reading the live colour.
     *
     * @param plan what to do
     */
    public BlueGreenRollout(final BlueGreenPlan plan) {
        this.plan = plan;
    }

    /**
     * Does the next unit of work.
     *
     * @param context the collaborators
     * @return what the caller does next
     * @throws InterruptedException if interrupted during a health check or validation; the state is unchanged, so
     *     ticking again repeats the unit
     */
    public Tick tick(final RolloutContext context) throws InterruptedException {
        phases.startOnce(
                tools(context),
                () -> "read the live colour from " + context.router().describe());
        switch (phases.current()) {
            case READ_LIVE:
                return readLive(context);
            case DEPLOYING:
                return Tick.runBody();
            case HEALTH_CHECK:
                return healthCheck(context);
            case SWITCHING:
                return switching(context);
            case VALIDATING:
                return validating(context);
            case SWITCHING_BACK:
                return switchBack(context);
            default:
                return Tick.done();
        }
    }

    /**
     * Reports that the deployment body finished successfully.
     *
     * @param context the collaborators
     * @return what the caller does next
     */
    public Tick bodySucceeded(final RolloutContext context) {
        phases.require(BlueGreenPhase.DEPLOYING);
        moveTo(context, BlueGreenPhase.HEALTH_CHECK, "the deployment body finished", "health-check " + idleColor());
        return Tick.at(now(context));
    }

    /**
     * Reports that the deployment body failed: the rollout stops, traffic untouched.
     *
     * @param context the collaborators
     * @param failure what failed
     * @return {@link Tick#done()}
     */
    public Tick bodyFailed(final RolloutContext context, final String failure) {
        phases.require(BlueGreenPhase.DEPLOYING);
        return fail(context, "The deployment body failed: " + failure + "; " + servedNow(context));
    }

    /**
     * Continues after a restart. Reads the router first: if it serves the last verified split (or the split being
     * applied, which then counts as verified) the current phase goes on; otherwise the last verified split is restored
     * and the rollout fails, saying what was found.
     *
     * @param context the new collaborators
     * @return what the caller does next
     */
    public Tick resume(final RolloutContext context) {
        BlueGreenPhase phase = phases.current();
        if (phase.isTerminal()) {
            return Tick.done();
        }
        RolloutTools<BlueGreenPhase> tools = tools(context);
        Instant now = tools.now();
        if (phase == BlueGreenPhase.READ_LIVE || traffic.lastVerified().isEmpty()) {
            tools.decide("resume", "restarted before the live colour was known: read it again");
            return Tick.at(now);
        }
        VerifiedTraffic.Found found;
        try {
            found = traffic.afterRestart(context.router(), splitOfThisPhase());
        } catch (RouterException exception) {
            return fail(context, traffic.unreadableAfterRestart(exception));
        }
        if (!found.expected()) {
            return restoreAndFail(context, found.surprise());
        }
        traffic.adopt(tools, found.served(), "found after a restart");
        tools.decide("resume " + phase, "the router serves " + found.served() + " as expected");
        return phase == BlueGreenPhase.DEPLOYING ? Tick.runBody() : Tick.at(now);
    }

    // the split this phase applies next: a restart may have happened just after the router took it
    private Optional<TrafficSplit> splitOfThisPhase() {
        if (phases.current() == BlueGreenPhase.SWITCHING && stepState == StepState.APPLY) {
            return Optional.of(
                    TrafficSplit.withShare(idleColor(), plan.trafficSteps().get(stepIndex)));
        }
        if (phases.current() == BlueGreenPhase.SWITCHING_BACK) {
            return Optional.of(TrafficSplit.allOn(liveColor()));
        }
        return Optional.empty();
    }

    /**
     * Stops the rollout at the caller's request (an aborted build). Before any traffic moved it just fails; once the
     * router may have changed it switches back to the previous colour first, so keep ticking until done.
     *
     * @param context the collaborators
     * @param why the reason, e.g. {@code aborted by admin}
     * @return what the caller does next
     */
    public Tick abort(final RolloutContext context, final String why) {
        BlueGreenPhase phase = phases.current();
        if (phase.isTerminal()) {
            return Tick.done();
        }
        if (phase == BlueGreenPhase.SWITCHING_BACK) {
            return Tick.at(now(context));
        }
        if (phase.mayHaveChangedTraffic() && !plan.dryRun()) {
            return startSwitchBack(context, "Aborted: " + why);
        }
        return fail(context, "Aborted: " + why + "; " + servedNow(context));
    }

    /**
     * Gives up when the caller cannot continue the current phase (e.g. the body was lost in a restart): restores the
     * last verified split if traffic may have moved, then fails.
     *
     * @param context the collaborators
     * @param why why the phase cannot continue
     * @return {@link Tick#done()}
     */
    public Tick abandon(final RolloutContext context, final String why) {
        BlueGreenPhase phase = phases.current();
        if (phase.isTerminal()) {
            return Tick.done();
        }
        if (!phase.mayHaveChangedTraffic() || traffic.lastVerified().isEmpty() || plan.dryRun()) {
            return fail(context, why + "; " + servedNow(context));
        }
        return restoreAndFail(context, why);
    }

    // what the router serves when the rollout stops without having moved traffic, read now: the body may have moved
    // it (a canaryPromote inside the block moves traffic and puts it back, or leaves it promoted), so the split read at
    // the start may no longer be what users get
    private String servedNow(final RolloutContext context) {
        Optional<TrafficSplit> atStart = traffic.lastVerified();
        if (atStart.isEmpty()) {
            return "traffic untouched, " + traffic.servesText();
        }
        TrafficSplit now;
        try {
            now = context.router().read();
        } catch (RouterException exception) {
            return "traffic untouched by this rollout; the router cannot be read now (" + exception.getMessage()
                    + "), it served " + atStart.get() + " at the start";
        }
        if (now.equals(atStart.get())) {
            return "traffic untouched by this rollout, router serves " + now + " (read now)";
        }
        traffic.adopt(tools(context), now, "read when the rollout stopped");
        return "traffic untouched by this rollout, but the router serves " + now + " now, not " + atStart.get()
                + " as at the start: the deployment body changed it";
    }

    // ---- phases

    private Tick readLive(final RolloutContext context) {
        Optional<String> refusal = traffic.readLive(tools(context), "deploying");
        if (refusal.isPresent()) {
            return fail(context, refusal.get());
        }
        Instant now = now(context);
        context.observer()
                .decision(
                        "deploy to " + idleColor(),
                        "the router serves " + lastVerified() + ", so " + liveColor() + " is live and " + idleColor()
                                + " is idle",
                        now);
        if (plan.dryRun()) {
            context.observer().decision("dry run: skip the deployment body", "would deploy to " + idleColor(), now);
            moveTo(context, BlueGreenPhase.HEALTH_CHECK, "live colour " + liveColor(), "health-check " + idleColor());
            return Tick.at(now);
        }
        moveTo(context, BlueGreenPhase.DEPLOYING, "live colour " + liveColor(), "deploy to " + idleColor());
        return Tick.runBody();
    }

    private Tick healthCheck(final RolloutContext context) throws InterruptedException {
        HealthReport report = context.health().check(idleColor());
        if (!report.healthy()) {
            return fail(context, idleColor() + " is unhealthy: " + report.summary() + "; " + servedNow(context));
        }
        context.observer()
                .decision(
                        (plan.dryRun() ? "dry run: would switch" : "switch") + " traffic to " + idleColor(),
                        "health check passed: " + report.summary(),
                        now(context));
        stepIndex = 0;
        stepState = StepState.APPLY;
        moveTo(
                context,
                BlueGreenPhase.SWITCHING,
                idleColor() + " is healthy",
                "route traffic to " + idleColor() + " in steps " + plan.trafficSteps());
        return Tick.at(now(context));
    }

    private Tick switching(final RolloutContext context) throws InterruptedException {
        Percentage share = plan.trafficSteps().get(stepIndex);
        TrafficSplit target = TrafficSplit.withShare(idleColor(), share);
        String step = "step " + (stepIndex + 1) + " of " + plan.trafficSteps().size();
        boolean last = stepIndex == plan.trafficSteps().size() - 1;
        if (stepState == StepState.APPLY) {
            if (plan.dryRun()) {
                context.observer().decision("dry run: would route " + target, step, now(context));
            } else {
                try {
                    traffic.apply(tools(context), target, step);
                } catch (RouterException exception) {
                    return startSwitchBack(
                            context, "Routing " + target + " (" + step + ") failed: " + exception.getMessage());
                }
            }
            if (last) {
                validationStart = now(context);
                nextTickAt = validationStart;
                moveTo(
                        context,
                        BlueGreenPhase.VALIDATING,
                        idleColor() + " serves 100%",
                        "validate " + idleColor() + " for " + plan.validateFor());
                return Tick.at(validationStart);
            }
            stepState = StepState.WAIT;
            nextTickAt = plan.dryRun()
                    ? now(context)
                    : now(context).plus(plan.stepWait().toDuration());
            return Tick.at(nextTickAt);
        }
        if (now(context).isBefore(nextTickAt)) {
            return Tick.at(nextTickAt);
        }
        HealthReport report = context.health().check(idleColor());
        if (!report.healthy()) {
            String failure = idleColor() + " became unhealthy at " + share + " (" + step + "): " + report.summary();
            return plan.dryRun()
                    ? fail(context, "Dry run: " + failure + "; nothing was changed")
                    : startSwitchBack(context, failure);
        }
        context.observer()
                .decision(
                        "next traffic step",
                        idleColor() + " healthy at " + share + ": " + report.summary(),
                        now(context));
        stepIndex++;
        stepState = StepState.APPLY;
        return Tick.at(now(context));
    }

    private Tick validating(final RolloutContext context) throws InterruptedException {
        Instant now = now(context);
        if (now.isBefore(nextTickAt)) {
            return Tick.at(nextTickAt);
        }
        ValidationVerdict verdict = context.validation()
                .evaluate(new ValidationContext(
                        plan.service(),
                        plan.environment(),
                        idleColor(),
                        liveColor(),
                        validationStart,
                        now,
                        plan.validateFor().toDuration()));
        Duration elapsed = Duration.between(validationStart, now);
        if (!verdict.passed()) {
            String failure =
                    "Validation of " + idleColor() + " failed after " + seconds(elapsed) + ": " + verdict.reason();
            return plan.dryRun()
                    ? fail(context, "Dry run: " + failure + "; nothing was changed")
                    : startSwitchBack(context, failure);
        }
        Instant end = validationStart.plus(plan.validateFor().toDuration());
        if (plan.dryRun() || !now.isBefore(end)) {
            String outcome = plan.dryRun()
                    ? "Dry run: every check passed; would have switched " + traffic.servesText() + " to "
                            + TrafficSplit.allOn(idleColor()) + " through " + plan.trafficSteps()
                            + " and validated for " + plan.validateFor() + "; nothing was changed"
                    : idleColor() + " serves 100% (verified) and passed validation for " + plan.validateFor() + ": "
                            + verdict.reason();
            return phases.end(
                    tools(context),
                    BlueGreenPhase.SUCCEEDED,
                    plan.dryRun() ? "dry run complete" : "deployment succeeded",
                    outcome);
        }
        Instant next = now.plus(plan.validationInterval().toDuration());
        nextTickAt = next.isAfter(end) ? end : next;
        return Tick.at(nextTickAt);
    }

    private Tick switchBack(final RolloutContext context) {
        SwitchBack.Result result = switchBack.attempt(
                tools(context),
                traffic,
                plan.switchBackAttempts(),
                plan.switchBackRetryDelay(),
                new SwitchBack.Words(
                        "switched back to " + liveColor(),
                        "retry the switch back",
                        "switching back to " + liveColor(),
                        "traffic switched back to "));
        if (result.retryAt().isPresent()) {
            return Tick.at(result.retryAt().get());
        }
        return result.back()
                ? phases.end(tools(context), BlueGreenPhase.ROLLED_BACK, result.outcome())
                : fail(context, result.outcome());
    }

    // ---- transitions

    private Tick startSwitchBack(final RolloutContext context, final String why) {
        switchBack.start(why, now(context));
        context.observer().decision("switch back to " + liveColor(), why, now(context));
        moveTo(context, BlueGreenPhase.SWITCHING_BACK, why, "send all traffic back to " + liveColor());
        return Tick.at(now(context));
    }

    private Tick restoreAndFail(final RolloutContext context, final String why) {
        TrafficSplit verified = lastVerified();
        try {
            TrafficSplit served = traffic.restore(tools(context), why, "restored the last verified split");
            return fail(context, why + "; restored the last verified split " + served + " (verified)");
        } catch (RouterException exception) {
            return fail(
                    context,
                    why + "; restoring the last verified split " + verified + " failed: " + exception.getMessage()
                            + VerifiedTraffic.unknownNote(exception));
        }
    }

    private Tick fail(final RolloutContext context, final String why) {
        return phases.end(tools(context), BlueGreenPhase.FAILED, "stop the deployment", why);
    }

    private void moveTo(
            final RolloutContext context, final BlueGreenPhase next, final String finished, final String starting) {
        phases.moveTo(tools(context), next, finished, starting);
    }

    private static RolloutTools<BlueGreenPhase> tools(final RolloutContext context) {
        return new RolloutTools<>(context.router(), context.clock(), context.observer());
    }

    // ---- state

    public BlueGreenPlan plan() {
        return plan;
    }

    public BlueGreenPhase phase() {
        return phases.current();
    }

    /** The colour that was live when the rollout started, once read from the router. */
    public Optional<Color> previousColor() {
        return traffic.liveColor();
    }

    /** The colour being deployed, once the live colour is known. */
    public Optional<Color> targetColor() {
        return previousColor().map(Color::other);
    }

    /** The last split read back from the router after a change (the split the rollout vouches for). */
    public Optional<TrafficSplit> lastVerifiedSplit() {
        return traffic.lastVerified();
    }

    /** The colour live per the last verified split, e.g. for the per service/environment record. */
    public Optional<Color> liveColorNow() {
        return lastVerifiedSplit().flatMap(TrafficSplit::soleColor);
    }

    /** The outcome in words once terminal; empty text before. */
    public String reason() {
        return phases.reason();
    }

    /**
     * The environment for the deployment body.
     *
     * @return {@code DEPLOY_COLOR} and {@code DEPLOY_LIVE_COLOR} (the glue adds {@code DEPLOY_TARGET_URL})
     */
    public Map<String, String> bodyEnvironment() {
        return Map.of(
                "DEPLOY_COLOR",
                idleColor().id(),
                "DEPLOY_LIVE_COLOR",
                liveColor().id());
    }

    private Color liveColor() {
        return traffic.live();
    }

    private Color idleColor() {
        return liveColor().other();
    }

    private TrafficSplit lastVerified() {
        return traffic.lastVerified().orElseThrow();
    }

    private static Instant now(final RolloutContext context) {
        return context.clock().instant();
    }

    private static String seconds(final Duration duration) {
        return duration.toSeconds() + "s";
    }
}
