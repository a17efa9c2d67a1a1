package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import java.io.IOException;

/**
 * What a canary needs from the running step: its build, its log, who receives people's answers, where its router runs
 * and the deployment locks.
 */
interface CanaryHost {
    /**
     * Returns the build.
     *
     * @return the build
     * @throws IOException if it is gone
     * @throws InterruptedException if interrupted
     */
    Run<?, ?> run() throws IOException, InterruptedException;

    /**
     * Writes a line to the build log.
     *
     * @param line the line
     */
    void log(String line);

    /**
     * Returns who receives answers from the build page.
     *
     * @return the handler
     */
    DecisionHandler handler();

    /**
     * Creates the router of the step where it must run: on the build's agent.
     *
     * @param configuration the router configuration
     * @param targets the addresses of blue and green
     * @return the router
     */
    TrafficRouter router(RouterConfiguration configuration, ColorTargets targets);

    /**
     * Returns the deployment locks, the same ones {@code blueGreenDeploy} takes.
     *
     * @return the locks of this controller
     */
    DeploymentLock lock();
}
