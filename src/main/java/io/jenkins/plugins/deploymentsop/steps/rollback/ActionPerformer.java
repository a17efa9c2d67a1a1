package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.rollback.plan.ActionReport;
import io.jenkins.plugins.deploymentsop.rollback.plan.PlannedAction;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackActions;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the actions of a rollback plan that do not need the step's body: the verified traffic switch, a restore or
 * destroy command on the agent, and the health check of the previous colour that ends the recovery time.
 */
final class ActionPerformer implements RollbackActions {
    private static final int OUTPUT_LINES = 5;

    private final WatchServices services;
    private final WatchSettings settings;
    private final LiveColors colors;
    private final String reason;
    private final List<TrafficChange> trafficChanges = new ArrayList<>();

    ActionPerformer(
            final WatchServices services, final WatchSettings settings, final LiveColors colors, final String reason) {
        this.services = services;
        this.settings = settings;
        this.colors = colors;
        this.reason = reason;
    }

    @Override
    public ActionReport perform(final PlannedAction action) throws InterruptedException {
        switch (action.kind()) {
            case SWITCH_TRAFFIC_BACK:
                return switchBack();
            case VERIFY_HEALTH:
                return verifyHealth();
            default:
                return run(action.command().orElseThrow(() -> new IllegalStateException(action + " runs no command")));
        }
    }

    private ActionReport switchBack() {
        TrafficSplit target = TrafficSplit.allOn(colors.previous());
        long start = System.nanoTime();
        try {
            TrafficSplit served = services.router().apply(target);
            long millis = (System.nanoTime() - start) / 1_000_000;
            record(served, true, "rollback to " + colors.previous() + ": " + reason);
            return ActionReport.success(
                    services.router().describe() + " serves " + served + " (verified, " + millis + " ms)");
        } catch (RouterException exception) {
            return ActionReport.failure("the switch to " + target + " failed: " + exception.getMessage());
        }
    }

    private void record(final TrafficSplit split, final boolean verified, final String why) {
        trafficChanges.add(new TrafficChange(
                services.clock().instant(),
                split.blue().doubleValue(),
                split.green().doubleValue(),
                verified,
                why));
    }

    /**
     * Hands over the traffic changes made since the last call, for the record write that follows the action (no file
     * is written between the switch and its verification).
     *
     * @return the changes, oldest first
     */
    List<TrafficChange> takeTrafficChanges() {
        List<TrafficChange> taken = List.copyOf(trafficChanges);
        trafficChanges.clear();
        return taken;
    }

    private ActionReport verifyHealth() throws InterruptedException {
        List<HealthProbe> probes = services.signals().probes(colors.previous());
        if (probes.isEmpty()) {
            return ActionReport.success(
                    "no health checks given: traffic verified on " + colors.previous() + " counts as restored");
        }
        HealthReport report = services.health().check(probes, settings.recoveryPolicy());
        String detail = colors.previous() + " " + report.summary();
        return report.healthy() ? ActionReport.success(detail) : ActionReport.failure(detail);
    }

    private ActionReport run(final String command) throws InterruptedException {
        Map<String, String> environment = Map.of(
                "DEPLOY_SERVICE", settings.key().service(),
                "DEPLOY_ENVIRONMENT", settings.key().environment(),
                "DEPLOY_COLOR", colors.previous().id(),
                "DEPLOY_FAILED_COLOR", colors.live().id());
        Duration timeout = settings.commandTimeout().toDuration();
        long start = System.nanoTime();
        CommandResult result;
        try {
            result = services.commands().run(List.of(command), environment, timeout);
        } catch (IOException exception) {
            return ActionReport.failure("`" + command + "` could not start: " + exception.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = result.lastLines(OUTPUT_LINES).strip();
        String tail = output.isEmpty() ? "" : ": " + output;
        if (result.isSuccess()) {
            return ActionReport.success("`" + command + "` exited 0 in " + millis + " ms" + tail);
        }
        return ActionReport.failure("`" + command + "` "
                + (result.timedOut() ? "timed out after " + settings.commandTimeout() : "exited " + result.exitCode())
                + tail);
    }
}
