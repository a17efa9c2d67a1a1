package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import jenkins.security.MasterToSlaveCallable;

/**
 * The router as the watch on the controller sees it; each read, apply or verify runs in the agent's JVM. A broken
 * connection is a router failure like any other: before a change nothing changed, during a change the split is
 * unknown.
 */
final class RemoteRouter implements TrafficRouter {
    private static final CommandRunner NO_COMMANDS = (command, environment, timeout) -> {
        throw new IOException("describing a router runs no command");
    };

    private final AgentAccess agent;
    private final RouterConfiguration router;
    private final ColorTargets targets;

    RemoteRouter(final AgentAccess agent, final RouterConfiguration router, final ColorTargets targets) {
        this.agent = agent;
        this.router = router;
        this.targets = targets;
        router.createRouter(targets, NO_COMMANDS); // validates the configuration before anything runs
    }

    @Override
    public TrafficSplit read() throws RouterException {
        return call(Operation.READ, null);
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        return call(Operation.APPLY, target);
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        return call(Operation.VERIFY, expected);
    }

    @Override
    public String describe() {
        return router.createRouter(targets, NO_COMMANDS).describe() + " (on the build's agent)";
    }

    private TrafficSplit call(final Operation operation, @CheckForNull final TrafficSplit split)
            throws RouterException {
        try {
            VirtualChannel channel = agent.channel();
            CommandRunner commands = channel.export(CommandRunner.class, agent.launcherCommands());
            return channel.call(new Call(router, targets, commands, operation, split));
        } catch (IOException exception) {
            throw lost(operation, split, String.valueOf(exception.getMessage()), exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw lost(operation, split, "interrupted", exception);
        }
    }

    private static RouterException lost(
            final Operation operation,
            @CheckForNull final TrafficSplit split,
            final String why,
            final Exception cause) {
        if (operation == Operation.APPLY) {
            return new RouterException(
                    "Lost the build's agent while routing " + split + " (" + why + "); what the router serves is"
                            + " UNKNOWN",
                    RouterException.Outcome.UNKNOWN,
                    cause);
        }
        return RouterException.nothingChanged("Cannot reach the router through the build's agent (" + why + ")", cause);
    }

    /** What to do with the router. */
    enum Operation {
        READ,
        APPLY,
        VERIFY
    }

    /** One operation in the agent's JVM: the engine's router is created there from the user's configuration. */
    static final class Call extends MasterToSlaveCallable<TrafficSplit, RouterException> {
        private static final long serialVersionUID = 1L;

        private final RouterConfiguration router;
        private final ColorTargets targets;
        private final CommandRunner commands;
        private final Operation operation;

        @CheckForNull
        private final TrafficSplit split;

        Call(
                final RouterConfiguration router,
                final ColorTargets targets,
                final CommandRunner commands,
                final Operation operation,
                @CheckForNull final TrafficSplit split) {
            this.router = router;
            this.targets = targets;
            this.commands = commands;
            this.operation = operation;
            this.split = split;
        }

        @Override
        public TrafficSplit call() throws RouterException {
            TrafficRouter engine = router.createRouter(targets, commands);
            TrafficSplit target = split;
            if (operation == Operation.READ || target == null) {
                return engine.read();
            }
            return operation == Operation.APPLY ? engine.apply(target) : engine.verify(target);
        }
    }
}
