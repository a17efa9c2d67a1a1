package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.health.ProbeCredentials;
import io.jenkins.plugins.deploymentsop.health.ProbePolicy;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jenkins.security.MasterToSlaveCallable;

/**
 * One health check of a colour, done in the agent's JVM: all probes at once under the step's policy, with retries and
 * waits on the agent. Commands of command probes run through the exported launcher runner.
 */
final class HealthCheckCall extends MasterToSlaveCallable<HealthReport, InterruptedException> {
    private static final long serialVersionUID = 1L;

    private final ArrayList<HealthCheckConfiguration> checks;
    private final ProbePolicy policy;
    private final Color color;
    private final ColorTargets targets;
    private final CommandRunner commands;
    private final HashMap<String, ProbeSecret> secrets;

    HealthCheckCall(
            final List<HealthCheckConfiguration> checks,
            final ProbePolicy policy,
            final Color color,
            final ColorTargets targets,
            final CommandRunner commands,
            final Map<String, ProbeSecret> secrets) {
        this.checks = new ArrayList<>(checks);
        this.policy = policy;
        this.color = color;
        this.targets = targets;
        this.commands = commands;
        this.secrets = new HashMap<>(secrets);
    }

    @Override
    public HealthReport call() throws InterruptedException {
        return new HealthChecker(new ProbeRunner(Clock.systemUTC(), Sleeper.REAL)).check(probes(), policy);
    }

    /** Creates the probes of the colour; also used on the controller to validate them before anything runs. */
    List<HealthProbe> probes() {
        ProbeTarget target = new ProbeTarget(color, targets, commands, this::credentials);
        List<HealthProbe> probes = new ArrayList<>();
        for (HealthCheckConfiguration check : checks) {
            probes.add(check.createProbe(target));
        }
        return probes;
    }

    private ProbeCredentials credentials(final String credentialsId) {
        ProbeSecret secret = secrets.get(credentialsId);
        if (secret == null) {
            throw new InvalidInputException("credentialsId", credentialsId, ProbeCredentialsLookup.ALLOWED);
        }
        return secret.credentials();
    }
}
