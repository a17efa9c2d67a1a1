package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.steps.AgentRouters;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.DeploymentLocks;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.TickingStepExecution;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@link CanaryDeployment} one tick at a time on Jenkins' timer, keeps it in the build's program state (so a
 * restart resumes it in the same step with the remaining bake time) and receives people's answers from the build
 * page.
 */
final class CanaryPromoteExecution extends TickingStepExecution implements DecisionHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(CanaryPromoteExecution.class.getName());

    /** Why the step needs a {@code node} block: its router runs on the build's agent. */
    static final String NEEDS_NODE = CanaryPromoteStep.FUNCTION_NAME
            + " changes the traffic split through its router on the build's agent: call it inside a node block";

    private static final String COMMANDS_NEED_AGENT =
            CanaryPromoteStep.FUNCTION_NAME + " runs the commands of its router on the build's agent";

    // changed in place by ticks: saved as a copy (see TickingStepExecution#liveState)
    private transient CanaryDeployment deployment;

    CanaryPromoteExecution(final StepContext context, final CanaryDeployment deployment) {
        super(context);
        this.deployment = deployment;
    }

    @Override
    protected void begin() throws Exception {
        try {
            deployment.begin(host());
        } catch (InvalidInputException exception) {
            throw new AbortException(CanaryPromoteStep.FUNCTION_NAME + ": " + exception.getMessage());
        }
    }

    @Override
    protected Optional<Duration> tick() throws Exception {
        return follow(deployment.tick(host()));
    }

    /**
     * Takes an answer from the build page on the web request's thread and asks for a tick, which applies it: wiring
     * the router or resolving credentials here would keep the request waiting for a whole tick.
     */
    @Override
    public void decide(final String decisionId, final String choice, final String userId, final String comment) {
        if (isFinished()) {
            throw new IllegalStateException("This canary has ended");
        }
        deployment.receive(decisionId, choice, userId, comment);
        getContext().saveState();
        tickNow();
    }

    @Override
    public void onResume() {
        synchronized (this) {
            try {
                deployment.resume(host());
            } catch (IOException | RuntimeException exception) {
                LOGGER.log(Level.WARNING, "canaryPromote cannot resume", exception);
                log("[" + CanaryPromoteStep.FUNCTION_NAME + "] cannot resume: " + exception.getMessage());
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
            }
        }
        super.onResume();
    }

    @Override
    protected void onStop(final Throwable cause) throws Exception {
        deployment.stop(
                host(), "the build was stopped" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    @Override
    protected void onTickFailure(final Throwable failure) {
        LOGGER.log(Level.WARNING, "canaryPromote cannot continue", failure);
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String reason = CanaryPromoteStep.FUNCTION_NAME + " cannot continue: " + message;
        try {
            reason = deployment.stop(host(), reason);
        } catch (IOException | RuntimeException secondFailure) {
            LOGGER.log(Level.WARNING, "canaryPromote cannot restore traffic", secondFailure);
        } catch (InterruptedException secondFailure) {
            Thread.currentThread().interrupt();
        }
        complete(new AbortException(reason));
    }

    @Override
    protected Optional<Serializable> liveState() {
        return Optional.of(deployment);
    }

    @Override
    protected void restoreLiveState(final Serializable state) {
        deployment = (CanaryDeployment) state;
    }

    @Override
    public String getStatus() {
        return deployment.status();
    }

    // the build, log and answer handler of this execution, for the deployment's unit of work
    private CanaryHost host() {
        CanaryPromoteExecution execution = this;
        return new CanaryHost() {
            @Override
            public Run<?, ?> run() throws IOException, InterruptedException {
                return execution.run();
            }

            @Override
            public void log(final String line) {
                execution.log(line);
            }

            @Override
            public DecisionHandler handler() {
                return execution;
            }

            @Override
            public TrafficRouter router(final RouterConfiguration configuration, final ColorTargets targets) {
                return AgentRouters.onAgent(
                        AgentRouters.linkOf(execution.getContext(), NEEDS_NODE, COMMANDS_NEED_AGENT),
                        configuration,
                        targets);
            }

            @Override
            public DeploymentLock lock() {
                return DeploymentLocks.get();
            }
        };
    }
}
