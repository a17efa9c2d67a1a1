package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.rollback.plan.CheckResult;
import io.jenkins.plugins.deploymentsop.rollback.plan.CommandPresence;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackTarget;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.io.IOException;
import java.util.List;

/**
 * What the dry run asks the real deployment: the router is read (never written), the previous colour is probed, the
 * commands are looked up. Nothing here changes anything.
 */
final class DryRunTarget implements RollbackTarget {
    private final WatchServices services;
    private final WatchSettings settings;

    @CheckForNull
    private Color previous;

    DryRunTarget(final WatchServices services, final WatchSettings settings) {
        this.services = services;
        this.settings = settings;
        this.previous = settings.previousColor().orElse(null);
    }

    @Override
    public CheckResult routerReachable() throws IOException {
        TrafficSplit split;
        try {
            split = services.router().read();
        } catch (RouterException exception) {
            throw new IOException(exception.getMessage(), exception);
        }
        LiveColors colors = LiveColors.of(split, settings.previousColor());
        previous = colors.previous();
        return CheckResult.passed(services.router().describe() + " serves " + split + "; a rollback would send 100% to "
                + colors.previous());
    }

    @Override
    public CheckResult previousVersionHealthy() throws IOException, InterruptedException {
        Color target = previous;
        if (target == null) {
            throw new IOException(
                    "the previous colour is unknown: the router could not be read and previousColor" + " is not given");
        }
        List<HealthProbe> probes = services.signals().probes(target);
        if (probes.isEmpty()) {
            return CheckResult.failed("no health checks given (healthChecks:, databaseChecks: or healthSignals:),"
                    + " so the health of " + target + " cannot be checked");
        }
        HealthReport report = services.health().check(probes, settings.recoveryPolicy());
        String detail = target + " " + report.summary();
        return report.healthy() ? CheckResult.passed(detail) : CheckResult.failed(detail);
    }

    @Override
    public CheckResult commandExists(final String command) throws IOException, InterruptedException {
        return CommandPresence.check(services.commands(), command);
    }
}
