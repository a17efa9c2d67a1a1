package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;

/**
 * The router as the rollout on the controller sees it; every operation runs in the agent's JVM ({@link RouterCall}).
 * A broken connection is a router failure like any other: before a change nothing was changed, during a change the
 * split is unknown, and the rollout says so.
 */
public final class AgentRouter implements TrafficRouter {
    private static final CommandRunner NO_COMMANDS = (command, environment, timeout) -> {
        throw new IOException("describing a router runs no command");
    };

    private final AgentLink agent;
    private final RouterConfiguration router;
    private final ColorTargets targets;

    AgentRouter(final AgentLink agent, final RouterConfiguration router, final ColorTargets targets) {
        this.agent = agent;
        this.router = router;
        this.targets = targets;
        router.createRouter(targets, NO_COMMANDS); // validates the configuration before anything runs
    }

    @Override
    public TrafficSplit read() throws RouterException {
        return call(RouterCall.Operation.READ, null);
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        return call(RouterCall.Operation.APPLY, target);
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        return call(RouterCall.Operation.VERIFY, expected);
    }

    @Override
    public String describe() {
        return router.createRouter(targets, NO_COMMANDS).describe() + " (on " + agent.where() + ")";
    }

    private TrafficSplit call(final RouterCall.Operation operation, @CheckForNull final TrafficSplit split)
            throws RouterException {
        try {
            VirtualChannel channel = agent.channel();
            CommandRunner commands = channel.export(CommandRunner.class, agent.launcherCommands());
            return channel.call(new RouterCall(router, targets, commands, operation, split));
        } catch (IOException exception) {
            throw lost(operation, split, String.valueOf(exception.getMessage()), exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw lost(operation, split, "interrupted", exception);
        }
    }

    private static RouterException lost(
            final RouterCall.Operation operation, final TrafficSplit split, final String why, final Exception cause) {
        if (operation == RouterCall.Operation.APPLY) {
            return new RouterException(
                    "Lost the build's agent while routing " + split + " (" + why
                            + "); what the router serves is UNKNOWN",
                    RouterException.Outcome.UNKNOWN,
                    cause);
        }
        return RouterException.nothingChanged("Cannot reach the router through the build's agent (" + why + ")", cause);
    }
}
