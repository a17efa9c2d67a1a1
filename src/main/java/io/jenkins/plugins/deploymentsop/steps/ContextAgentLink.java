package io.jenkins.plugins.deploymentsop.steps;

import hudson.Launcher;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** The agent of the step's {@code node} block, looked up for every use: it may have reconnected since the last. */
final class ContextAgentLink implements AgentLink {
    static final String NEEDS_NODE =
            "blueGreenDeploy runs its router and health checks on the build's agent:" + " call it inside a node block";

    private final StepContext context;

    ContextAgentLink(final StepContext context) {
        this.context = context;
    }

    @Override
    public VirtualChannel channel() throws IOException, InterruptedException {
        Launcher launcher = context.get(Launcher.class);
        VirtualChannel channel = launcher == null ? null : launcher.getChannel();
        if (channel == null) {
            throw new IOException(launcher == null ? NEEDS_NODE : "The build's agent is not connected");
        }
        return channel;
    }

    @Override
    public CommandRunner launcherCommands() {
        return new AgentCommandRunner(context);
    }
}
