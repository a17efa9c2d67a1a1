package io.jenkins.plugins.deploymentsop.steps;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;

/**
 * The build's agent as {@code blueGreenDeploy} uses it: routers and probes run in the agent's JVM (so the nginx file,
 * the loopback status location, a UNIX socket and the colours' URLs are those of the agent's machine, never the
 * controller's), and their commands go through the build's launcher (so {@code container(...)} and
 * {@code docker.image(...).inside} wrappers apply). {@code canaryPromote} and {@code rollbackIfUnhealthy} use it the same
 * way.
 */
public interface AgentLink {
    /**
     * Returns the channel to the agent of the {@code node} block around the step.
     *
     * @return the channel
     * @throws IOException if there is no agent or it is not connected
     * @throws InterruptedException if interrupted
     */
    VirtualChannel channel() throws IOException, InterruptedException;

    /**
     * Returns the runner that starts commands through the build's launcher; exported to the agent, it calls back.
     *
     * @return the runner
     */
    CommandRunner launcherCommands();

    /**
     * Names where routers and probes run, for evidence and log lines.
     *
     * @return e.g. {@code the build's agent}
     */
    default String where() {
        return "the build's agent";
    }
}
