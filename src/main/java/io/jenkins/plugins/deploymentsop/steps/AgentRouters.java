package io.jenkins.plugins.deploymentsop.steps;

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
        return new AgentRouter(new ContextAgentLink(context), router, targets);
    }
}
