package io.jenkins.plugins.deploymentsop.steps;

import hudson.Launcher;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** The agent of the step's {@code node} block, looked up for every use: it may have reconnected since the last. */
final class ContextAgentLink implements AgentLink {
    static final String NEEDS_NODE =
            "This step runs its router and health checks on the build's agent: call it inside a node block";
    static final String COMMANDS_NEED_AGENT =
            "blueGreenDeploy runs the commands of its router and health checks on the build's agent";

    private final StepContext context;
    private final String needsNode;
    private final String commandsNeedAgent;

    ContextAgentLink(final StepContext context) {
        this(context, NEEDS_NODE, COMMANDS_NEED_AGENT);
    }

    /**
     * Creates the link with the step's own words for a missing agent.
     *
     * @param context the step's context
     * @param needsNode the message when there is no agent at all
     * @param commandsNeedAgent why a command needs the agent, for the message when there is none to run it on
     */
    ContextAgentLink(final StepContext context, final String needsNode, final String commandsNeedAgent) {
        this.context = context;
        this.needsNode = needsNode;
        this.commandsNeedAgent = commandsNeedAgent;
    }

    @Override
    public VirtualChannel channel() throws IOException, InterruptedException {
        Launcher launcher = context.get(Launcher.class);
        VirtualChannel channel = launcher == null ? null : launcher.getChannel();
        if (channel == null) {
            throw new IOException(launcher == null ? needsNode : "The build's agent is not connected");
        }
        return channel;
    }

    @Override
    public CommandRunner launcherCommands() {
        return new AgentCommandRunner(context, commandsNeedAgent);
    }
}
