package io.jenkins.plugins.deploymentsop.steps;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;

/**
 * The controller standing in for the build's agent, for a watch outside {@code node} that an administrator allowed:
 * routers and probes run in the controller's JVM over its channel to itself; there is no launcher, so no command
 * runs. Only network routers and probes are wired to it (see the step's eligibility check).
 */
final class ControllerLink implements AgentLink {
    private final VirtualChannel channel;
    private final String commandsNeedAgent;

    /**
     * Creates the link.
     *
     * @param channel the controller's channel to itself
     * @param commandsNeedAgent why a command needs an agent, for the message if one is asked for anyway
     */
    ControllerLink(final VirtualChannel channel, final String commandsNeedAgent) {
        this.channel = channel;
        this.commandsNeedAgent = commandsNeedAgent;
    }

    @Override
    public VirtualChannel channel() {
        return channel;
    }

    @Override
    public String where() {
        return "the controller";
    }

    @Override
    public CommandRunner launcherCommands() {
        return (command, environment, timeout) -> {
            throw new IOException(
                    commandsNeedAgent + ": outside a node block there is no agent to run " + String.join(" ", command));
        };
    }
}
