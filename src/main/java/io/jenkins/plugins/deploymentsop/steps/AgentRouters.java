package io.jenkins.plugins.deploymentsop.steps;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The router of a rollout step as the controller sees it: every read, change and verification runs in the JVM of the
 * build's agent, and router commands through the build's launcher. Keeping router work off the controller means a
 * Pipeline can never make the controller write files or reach sockets in a router's name.
 */
public final class AgentRouters {
    private AgentRouters() {}

    /**
     * Creates the agent-side router of a step.
     *
     * @param context the step's context; it must run inside a {@code node} block
     * @param router the router configuration of the step
     * @param targets the addresses of blue and green
     * @return the router
     */
    public static TrafficRouter onAgent(
            final StepContext context, final RouterConfiguration router, final ColorTargets targets) {
        return onAgent(new ContextAgentLink(context), router, targets);
    }

    /**
     * Creates the agent-side router reached through a given link (a step's own, or a test's).
     *
     * @param agent the build's agent
     * @param router the router configuration of the step
     * @param targets the addresses of blue and green
     * @return the router
     */
    public static TrafficRouter onAgent(
            final AgentLink agent, final RouterConfiguration router, final ColorTargets targets) {
        return new AgentRouter(agent, router, targets);
    }

    /**
     * Returns the agent of a step's {@code node} block, looked up for every use, with the step's own words for a
     * missing agent.
     *
     * @param context the step's context
     * @param needsNode the message when there is no agent at all
     * @param commandsNeedAgent why a command needs the agent, for the message when there is none to run it on
     * @return the link
     */
    public static AgentLink linkOf(final StepContext context, final String needsNode, final String commandsNeedAgent) {
        return new ContextAgentLink(context, needsNode, commandsNeedAgent);
    }

    /**
     * Returns the controller as the link of a step outside {@code node}, for network routers and probes only, when an
     * administrator allowed it: they run in the controller's JVM, and no command can run.
     *
     * @param commandsNeedAgent why a command needs an agent, for the message if one is asked for anyway
     * @return the link
     */
    public static AgentLink controller(final String commandsNeedAgent) {
        return controller(FilePath.localChannel, commandsNeedAgent);
    }

    /**
     * Returns the controller as the link of a step outside {@code node}, over a given channel (a test's).
     *
     * @param channel the channel to run routers and probes in
     * @param commandsNeedAgent why a command needs an agent
     * @return the link
     */
    public static AgentLink controller(final VirtualChannel channel, final String commandsNeedAgent) {
        return new ControllerLink(channel, commandsNeedAgent);
    }
}
