package io.jenkins.plugins.deploymentsop.steps;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.health.ProbePolicy;
import io.jenkins.plugins.deploymentsop.health.ProbeResult;
import io.jenkins.plugins.deploymentsop.rollout.HealthGate;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The health check of a colour as the rollout on the controller sees it; the probes run in the agent's JVM
 * ({@link HealthCheckCall}). An agent that cannot be reached makes the colour unhealthy, with the reason.
 */
final class AgentHealthGate implements HealthGate {
    private static final CommandRunner NO_COMMANDS = (command, environment, timeout) -> new CommandResult(0, "", false);

    private final AgentLink agent;
    private final List<HealthCheckConfiguration> checks;
    private final ProbePolicy policy;
    private final ColorTargets targets;
    private final Map<String, ProbeSecret> secrets;

    AgentHealthGate(
            final AgentLink agent,
            final List<HealthCheckConfiguration> checks,
            final ProbePolicy policy,
            final ColorTargets targets,
            final Map<String, ProbeSecret> secrets) {
        this.agent = agent;
        this.checks = List.copyOf(checks);
        this.policy = policy;
        this.targets = targets;
        this.secrets = Map.copyOf(secrets);
        for (Color color : Color.values()) {
            call(color, NO_COMMANDS).probes(); // validates every probe of both colours before anything runs
        }
    }

    @Override
    public HealthReport check(final Color color) throws InterruptedException {
        try {
            VirtualChannel channel = agent.channel();
            return channel.call(call(color, channel.export(CommandRunner.class, agent.launcherCommands())));
        } catch (IOException exception) {
            String why = "cannot reach the build's agent to probe " + color + ": " + exception.getMessage();
            return new HealthReport(List.of(new ProbeResult(
                    "probes of " + color, false, 0, 0, Duration.ZERO, Duration.ZERO, why, "unhealthy: " + why)));
        }
    }

    private HealthCheckCall call(final Color color, final CommandRunner commands) {
        return new HealthCheckCall(checks, policy, color, targets, commands, secrets);
    }

    /** The probes of a colour, for the log and tests. */
    List<HealthProbe> probes(final Color color) {
        return call(color, NO_COMMANDS).probes();
    }
}
