package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.ProbeAttempt;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.steps.ProbeTarget;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jenkins.security.MasterToSlaveCallable;

/**
 * A health check of one colour whose every attempt runs in the agent's JVM; the retries and waits of a recovery
 * check are the controller's. An agent that cannot be reached is a failed attempt, with the reason.
 */
final class RemoteProbe implements HealthProbe {
    private static final CommandRunner NO_COMMANDS = (command, environment, timeout) -> new CommandResult(0, "", false);

    private final AgentLink agent;
    private final Attempt attempt;
    private final String name;

    private RemoteProbe(final AgentLink agent, final Attempt attempt, final String name) {
        this.agent = agent;
        this.attempt = attempt;
        this.name = name;
    }

    /**
     * The factory of remote probes; validates every probe on the controller before anything runs.
     *
     * @param agent the build's agent
     * @param secrets the credentials of the health checks, resolved on the controller
     * @return the factory
     */
    static ProbeFactory factory(final AgentLink agent, final Map<String, ResolvedSecret> secrets) {
        return (check, color, targets) -> {
            Attempt local = new Attempt(check, color, targets, NO_COMMANDS, secrets);
            return new RemoteProbe(agent, local, local.probe().name() + " (from " + agent.where() + ")");
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProbeAttempt attempt() throws InterruptedException {
        try {
            VirtualChannel channel = agent.channel();
            return channel.call(attempt.with(channel.export(CommandRunner.class, agent.launcherCommands())));
        } catch (IOException exception) {
            return ProbeAttempt.failed(
                    Duration.ZERO,
                    "cannot reach the build's agent to probe " + attempt.color + ": " + exception.getMessage());
        }
    }

    /** One attempt in the agent's JVM: the engine's probe is created there from the user's health check. */
    static final class Attempt extends MasterToSlaveCallable<ProbeAttempt, InterruptedException> {
        private static final long serialVersionUID = 1L;

        private final HealthCheckConfiguration check;
        private final Color color;
        private final ColorTargets targets;
        private final CommandRunner commands;
        private final HashMap<String, ResolvedSecret> secrets;

        Attempt(
                final HealthCheckConfiguration check,
                final Color color,
                final ColorTargets targets,
                final CommandRunner commands,
                final Map<String, ResolvedSecret> secrets) {
            this.check = check;
            this.color = color;
            this.targets = targets;
            this.commands = commands;
            this.secrets = new HashMap<>(secrets);
        }

        Attempt with(final CommandRunner agentCommands) {
            return new Attempt(check, color, targets, agentCommands, secrets);
        }

        HealthProbe probe() {
            return check.createProbe(new ProbeTarget(color, targets, commands, id -> {
                ResolvedSecret secret = secrets.get(id);
                if (secret == null) {
                    throw new InvalidInputException("credentialsId", id, BuildCredentials.ALLOWED);
                }
                return secret.probeCredentials();
            }));
        }

        @Override
        public ProbeAttempt call() throws InterruptedException {
            return probe().attempt();
        }
    }
}
