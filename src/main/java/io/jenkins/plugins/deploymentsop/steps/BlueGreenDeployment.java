package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenPhase;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenRollout;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.Lease;
import io.jenkins.plugins.deploymentsop.rollout.RolloutContext;
import io.jenkins.plugins.deploymentsop.rollout.Tick;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of {@code blueGreenDeploy} between ticks: takes the deployment lock of the service and environment, drives
 * the engine's {@link BlueGreenRollout}, asks for the body when the rollout wants it, and ends the deployment record.
 * Plain and serializable: the execution keeps it in the build's program state and hands it a new
 * {@link RolloutWiring} after a restart; everything Jenkins-specific stays in the execution.
 */
final class BlueGreenDeployment implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How often a deployment waiting for the lock tries again. */
    static final Duration LOCK_RETRY = Duration.ofSeconds(5);

    // a stop drives the switch-back to its end; the engine needs a few ticks per attempt at most
    private static final int MAX_STOP_TICKS = 100;

    /** Where the deployment body is. */
    enum Body {
        NOT_STARTED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    private final BlueGreenDeployStep step;
    private final String holder;
    private final BlueGreenRollout rollout;

    @CheckForNull
    private Lease lease;

    private boolean begun;
    private boolean resuming;
    private String waitingFor = "";

    @CheckForNull
    private Instant waitingSince;

    private Body body = Body.NOT_STARTED;
    private String bodyFailure = "";
    private boolean bodyInterrupted;

    /**
     * Prepares the deployment.
     *
     * @param step the parameters
     * @param holder who deploys, for the lock, e.g. {@code shop/release#42} ({@link DeploymentLocks#holderOf})
     */
    BlueGreenDeployment(final BlueGreenDeployStep step, final String holder) {
        this.step = step;
        this.holder = holder;
        this.rollout = new BlueGreenRollout(step.plan());
    }

    /**
     * Does the next unit of work.
     *
     * @param wiring the collaborators
     * @return what the execution does next
     * @throws InterruptedException if interrupted during a health check; ticking again repeats the unit
     */
    Next next(final RolloutWiring wiring) throws InterruptedException {
        if (lease == null) {
            Optional<Next> waiting = acquire(wiring);
            if (waiting.isPresent()) {
                return waiting.get();
            }
        }
        RolloutContext context = wiring.context(rollout);
        Tick tick;
        if (resuming) {
            resuming = false;
            tick = rollout.resume(context);
        } else if (rollout.phase() == BlueGreenPhase.DEPLOYING && body != Body.NOT_STARTED) {
            if (body == Body.RUNNING) {
                return Next.awaitBody();
            }
            tick = body == Body.SUCCEEDED ? rollout.bodySucceeded(context) : rollout.bodyFailed(context, bodyFailure);
        } else {
            tick = rollout.tick(context);
        }
        return follow(tick, wiring);
    }

    /**
     * Hears the end of the deployment body.
     *
     * @param failure why it failed; empty if it succeeded
     * @param interrupted whether it was interrupted (an aborted build, an aborted input)
     */
    void bodyFinished(final Optional<String> failure, final boolean interrupted) {
        if (body != Body.RUNNING) {
            return;
        }
        body = failure.isPresent() ? Body.FAILED : Body.SUCCEEDED;
        bodyFailure = failure.orElse("");
        bodyInterrupted = interrupted;
    }

    /**
     * Prepares for the first tick after a restart of Jenkins: the lock lived in memory, so it is taken again at once
     * (or waited for), and the rollout resumes by reading the router first.
     *
     * @param lock the deployment lock of this controller
     */
    void restarted(final DeploymentLock lock) {
        lease = null;
        if (begun && !rollout.phase().isTerminal()) {
            resuming = true;
            lease = lock.tryAcquire(step.key(), holder).orElse(null);
        }
    }

    /**
     * Stops the deployment because the build is stopped: before traffic moved it just ends; once it may have moved,
     * traffic goes back to the previous colour (verified) before this method returns. The record ends ABORTED, or
     * FAILED if traffic could not be put back.
     *
     * @param wiring the collaborators
     * @param why why the build stopped
     * @param sleeper waits between switch-back attempts
     * @throws InterruptedException if interrupted while waiting
     */
    void stop(final RolloutWiring wiring, final String why, final Sleeper sleeper) throws InterruptedException {
        try {
            switchBack(wiring, why, sleeper);
        } finally {
            release(wiring); // also when the switch-back is interrupted or fails: the build gives up the deployment
        }
    }

    private void switchBack(final RolloutWiring wiring, final String why, final Sleeper sleeper)
            throws InterruptedException {
        if (!begun || rollout.phase().isTerminal()) {
            return;
        }
        resuming = false;
        RolloutContext context = wiring.context(rollout);
        Tick tick = rollout.abort(context, why);
        for (int i = 0; i < MAX_STOP_TICKS && !tick.isDone(); i++) {
            if (tick.kind() == Tick.Kind.RUN_BODY) {
                tick = rollout.abandon(context, why);
                continue;
            }
            Duration wait = Duration.between(wiring.clock().instant(), tick.at().orElseThrow());
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
            tick = rollout.tick(context);
        }
        if (!tick.isDone()) {
            rollout.abandon(context, why + "; the switch-back did not end");
        }
        Optional<Color> previous = rollout.previousColor();
        boolean trafficBack = rollout.lastVerifiedSplit().isEmpty()
                || previous.map(TrafficSplit::allOn).equals(rollout.lastVerifiedSplit());
        finish(wiring, trafficBack ? Outcome.ABORTED : Outcome.FAILED, rollout.reason());
    }

    /**
     * Ends the deployment because the execution itself cannot go on (an unexpected failure): the rollout restores the
     * last verified split if traffic may have moved, and the record ends FAILED.
     *
     * @param wiring the collaborators
     * @param why what went wrong
     * @return the reason to fail the step with; it says what the router serves
     */
    String abandon(final RolloutWiring wiring, final String why) {
        if (begun && !rollout.phase().isTerminal()) {
            resuming = false;
            rollout.abandon(wiring.context(rollout), why);
            finish(wiring, Outcome.FAILED, rollout.reason());
        }
        release(wiring);
        return rollout.reason().isEmpty() ? why : rollout.reason();
    }

    /**
     * Ends the deployment when not even the router can be reached through a wiring: says what is known of the split.
     *
     * @param lock the deployment lock to release
     * @param why what went wrong
     * @return the reason to fail the step with
     */
    String giveUp(final DeploymentLock lock, final String why) {
        release(lock);
        BlueGreenPhase phase = rollout.phase();
        boolean mayHaveMoved = phase == BlueGreenPhase.SWITCHING
                || phase == BlueGreenPhase.VALIDATING
                || phase == BlueGreenPhase.SWITCHING_BACK;
        String split = rollout.lastVerifiedSplit().map(TrafficSplit::toString).orElse("not read yet");
        return why
                + (mayHaveMoved
                        ? "; the last verified split was " + split
                                + ", what the router serves now is UNKNOWN: check the router"
                        : "; traffic untouched (last read: " + split + ")");
    }

    private Optional<Next> acquire(final RolloutWiring wiring) {
        DeploymentKey key = step.key();
        Instant now = wiring.clock().instant();
        Optional<Lease> taken = wiring.lock().tryAcquire(key, holder);
        if (taken.isPresent()) {
            lease = taken.get();
            Instant since = waitingSince;
            String waited = since == null
                    ? ""
                    : " after waiting " + Duration.between(since, now).toSeconds() + "s for " + waitingFor;
            waitingFor = "";
            waitingSince = null;
            if (!begun) {
                begun = true;
                begin(wiring, now, waited);
            } else if (!waited.isEmpty()) {
                wiring.log().accept("took the deployment lock again" + waited);
            }
            return Optional.empty();
        }
        Optional<Lease> current = wiring.lock().holder(key);
        if (current.isEmpty()) {
            return Optional.of(Next.tickIn(Duration.ofMillis(100))); // released in between: try again soon
        }
        String held = current.get().describe();
        if (step.isFailFast() && !begun) {
            return Optional.of(Next.fail("Another deployment is running: " + held
                    + "; failFast: true stops this one instead of waiting for the lock"));
        }
        if (!held.equals(waitingFor)) {
            wiring.log().accept("waiting for the deployment lock: " + held);
            waitingFor = held;
        }
        if (waitingSince == null) {
            waitingSince = now;
        }
        return Optional.of(Next.tickIn(LOCK_RETRY));
    }

    private void begin(final RolloutWiring wiring, final Instant now, final String waited) {
        String text = (step.isDryRun() ? "dry run of " : "") + "blue-green deployment " + rollout.plan() + " through "
                + wiring.router().describe() + (step.getVersion().isEmpty() ? "" : ", version " + step.getVersion())
                + waited;
        wiring.log().accept(text);
        write(wiring, record -> {
            record.setStrategy(Strategy.BLUE_GREEN);
            if (!step.getVersion().isEmpty()) {
                record.setVersion(step.getVersion());
            }
            record.addTimeline(new TimelineEntry(
                    now, BlueGreenDeployStep.FUNCTION_NAME, "START", TimelineEntry.Status.INFO, text));
        });
    }

    private Next follow(final Tick tick, final RolloutWiring wiring) {
        switch (tick.kind()) {
            case RUN_BODY:
                if (body == Body.NOT_STARTED) {
                    body = Body.RUNNING;
                    return Next.runBody(bodyEnvironment());
                }
                // after a restart: the body has run or still runs; its end arrives through bodyFinished
                return Next.tickIn(Duration.ZERO);
            case TICK_AT:
                return Next.tickIn(
                        Duration.between(wiring.clock().instant(), tick.at().orElseThrow()));
            default:
                return end(wiring);
        }
    }

    private Next end(final RolloutWiring wiring) {
        release(wiring);
        BlueGreenPhase phase = rollout.phase();
        if (phase == BlueGreenPhase.SUCCEEDED) {
            // the record stays open: later steps (metrics watch, deploymentReport) add to it and end it
            return Next.succeed(result());
        }
        Outcome outcome = phase == BlueGreenPhase.ROLLED_BACK
                ? Outcome.ROLLED_BACK
                : bodyInterrupted ? Outcome.ABORTED : Outcome.FAILED;
        finish(wiring, outcome, rollout.reason());
        return Next.fail(rollout.reason());
    }

    /** The environment of the body: the engine's colours plus the URL of the colour being deployed. */
    Map<String, String> bodyEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>(rollout.bodyEnvironment());
        rollout.targetColor()
                .ifPresent(color ->
                        environment.put("DEPLOY_TARGET_URL", step.targets().url(color)));
        return environment;
    }

    private Map<String, Object> result() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("liveColor", rollout.liveColorNow().map(Color::id).orElse(""));
        result.put("previousColor", rollout.previousColor().map(Color::id).orElse(""));
        result.put("outcome", rollout.phase().name());
        result.put("reason", rollout.reason());
        result.put("dryRun", step.isDryRun());
        return result;
    }

    private static void finish(final RolloutWiring wiring, final Outcome outcome, final String reason) {
        try {
            wiring.records().finish(outcome, reason, wiring.clock().instant());
        } catch (IOException exception) {
            wiring.log().accept("WARNING: cannot end the deployment record: " + exception.getMessage());
        }
    }

    private static void write(final RolloutWiring wiring, final Consumer<DeploymentRecord> change) {
        try {
            wiring.records().update(change);
        } catch (IOException exception) {
            wiring.log().accept("WARNING: cannot update the deployment record: " + exception.getMessage());
        }
    }

    private void release(final RolloutWiring wiring) {
        release(wiring.lock());
    }

    /**
     * Gives the deployment lock back if this deployment holds it; nothing happens otherwise.
     *
     * @param lock the deployment lock
     */
    void release(final DeploymentLock lock) {
        Lease held = lease;
        if (held != null) {
            lock.release(held);
            lease = null;
        }
    }

    BlueGreenRollout rollout() {
        return rollout;
    }

    Body body() {
        return body;
    }

    boolean isResuming() {
        return resuming;
    }
}
