package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.Launcher;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The agent of the step's {@code node} block, looked up for every use (it may have reconnected since the last):
 * router operations and probe attempts run in its JVM, as {@code blueGreenDeploy}'s do, so the nginx file, a UNIX
 * socket and the colours' URLs are those of the agent's machine; commands go through the build's launcher.
 */
class AgentAccess {
    static final String NEEDS_NODE = RollbackIfUnhealthyStep.FUNCTION_NAME
            + " runs its router, health checks and commands on the build's agent: call it inside a node block";

    private final StepContext context;

    AgentAccess(final StepContext context) {
        this.context = context;
    }

    /**
     * Returns the channel to the agent.
     *
     * @return the channel
     * @throws IOException if there is no agent or it is not connected
     * @throws InterruptedException if interrupted
     */
    VirtualChannel channel() throws IOException, InterruptedException {
        Launcher launcher = context.get(Launcher.class);
        VirtualChannel channel = launcher == null ? null : launcher.getChannel();
        if (channel == null) {
            throw new IOException(launcher == null ? NEEDS_NODE : "The build's agent is not connected");
        }
        return channel;
    }

    /** Returns the runner of commands through the build's launcher; exported to the agent, it calls back. */
    CommandRunner launcherCommands() {
        return new AgentCommands(context);
    }
}
