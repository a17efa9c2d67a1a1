package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.AgentRouters;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.DeploymentLocks;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.steps.People;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.StepEnd;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * {@code canaryPromote} played outside Jenkins, for the end-to-end scenario: the step's own {@link CanaryDeployment}
 * with a host as {@link CanaryPromoteExecution} gives it (the build, its log, the router on the build's agent, itself
 * as the receiver of answers from the "Deployment Decisions" page, the controller's deployment locks), ticked in real
 * time.
 */
public final class CanaryDriver {
    private CanaryDriver() {}

    /**
     * Plays the step until it ends.
     *
     * @param step the parameters, as a Jenkinsfile gives them
     * @param run the build
     * @param agent the build's agent, where the router runs
     * @param log the build log
     * @param people who answer the step's questions on the build's decisions page
     * @param limit the longest the step may take
     * @return how the step ended
     * @throws Exception if the people's answer failed or the driver was interrupted
     */
    public static StepEnd promote(
            final CanaryPromoteStep step,
            final Run<?, ?> run,
            final AgentLink agent,
            final Consumer<String> log,
            final People people,
            final Duration limit)
            throws Exception {
        CanaryDeployment deployment = step.deployment();
        Host host = new Host(run, agent, log, deployment);
        deployment.begin(host);
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Next next = deployment.tick(host);
                switch (next.kind()) {
                    case TICK:
                        People.awaitTick(next.delay(), run.getExternalizableId(), people);
                        break;
                    case SUCCEED:
                        return StepEnd.success(next.result());
                    default:
                        return StepEnd.failure(next.failure());
                }
            }
            return StepEnd.failure(deployment.stop(host, "the driver's limit of " + limit + " passed"));
        } catch (IOException | RuntimeException exception) {
            // as the execution's onTickFailure: traffic back to stable, then fail
            return StepEnd.failure(
                    deployment.stop(host, CanaryPromoteStep.FUNCTION_NAME + " cannot continue: " + exception));
        }
    }

    /** What the execution gives the deployment. */
    private static final class Host implements CanaryHost, DecisionHandler {
        private final Run<?, ?> run;
        private final AgentLink agent;
        private final Consumer<String> log;
        private final CanaryDeployment deployment;

        Host(
                final Run<?, ?> run,
                final AgentLink agent,
                final Consumer<String> log,
                final CanaryDeployment deployment) {
            this.run = run;
            this.agent = agent;
            this.log = log;
            this.deployment = deployment;
        }

        @Override
        public Run<?, ?> run() {
            return run;
        }

        @Override
        public void log(final String line) {
            log.accept(line);
        }

        @Override
        public DecisionHandler handler() {
            return this;
        }

        @Override
        public TrafficRouter router(final RouterConfiguration configuration, final ColorTargets targets) {
            return AgentRouters.onAgent(agent, configuration, targets);
        }

        @Override
        public DeploymentLock lock() {
            return DeploymentLocks.get();
        }

        /** As {@link CanaryPromoteExecution#decide}: the answer is kept, the next tick applies it. */
        @Override
        public void decide(final String decisionId, final String choice, final String userId, final String comment) {
            deployment.receive(decisionId, choice, userId, comment);
        }
    }
}
