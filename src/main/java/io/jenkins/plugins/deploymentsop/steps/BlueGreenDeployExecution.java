package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Launcher;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@code blueGreenDeploy} tick by tick: all state is in the serializable {@link BlueGreenDeployment}; the
 * router, probes and record are wired anew from the context after a restart. The body runs when the rollout asks for
 * it, with {@code DEPLOY_COLOR}, {@code DEPLOY_TARGET_URL} and {@code DEPLOY_LIVE_COLOR} in its environment.
 */
final class BlueGreenDeployExecution extends TickingStepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(BlueGreenDeployExecution.class.getName());
    private static final Duration AGENT_RETRY = Duration.ofSeconds(10);

    private final BlueGreenDeployStep step;

    // changed in place by ticks: saved as a copy (see TickingStepExecution#liveState)
    private transient BlueGreenDeployment deployment;

    // an interrupted body (an abort) ends the step with its own exception, so the build stays ABORTED; other
    // failures are not kept: an arbitrary exception may not survive the serialization of the program state
    @CheckForNull
    private FlowInterruptedException bodyInterruption;

    @CheckForNull
    private transient RolloutWiring wiring;

    private transient boolean waitingForAgent;

    BlueGreenDeployExecution(
            final StepContext context, final BlueGreenDeployStep step, final BlueGreenDeployment deployment) {
        super(context);
        this.step = step;
        this.deployment = deployment;
    }

    @Override
    protected void begin() throws Exception {
        try {
            if (getContext().get(Launcher.class) == null) {
                throw new AbortException(ContextAgentLink.NEEDS_NODE);
            }
            wiring(); // builds router and probes now, so a bad value or credentials ID fails before anything runs
        } catch (InvalidInputException exception) {
            throw new AbortException(BlueGreenDeployStep.FUNCTION_NAME + ": " + exception.getMessage());
        }
    }

    @Override
    protected Optional<Duration> tick() throws Exception {
        if (deployment.isResuming() && !agentConnected()) {
            // after a restart the agent may take a while to reconnect; the router is read only once it is back
            if (!waitingForAgent) {
                waitingForAgent = true;
                log(prefix() + "waiting for the build's agent to reconnect before reading the router");
            }
            return Optional.of(AGENT_RETRY);
        }
        waitingForAgent = false;
        return follow(deployment.next(wiring()));
    }

    private boolean agentConnected() throws InterruptedException {
        try {
            new ContextAgentLink(getContext()).channel();
            return true;
        } catch (IOException exception) {
            return false;
        }
    }

    private String prefix() {
        return "[" + BlueGreenDeployStep.FUNCTION_NAME + " " + step.key().id() + "] ";
    }

    @Override
    protected void startBody(final Map<String, String> environment) throws IOException, InterruptedException {
        log(prefix() + "running the body with " + environment);
        super.startBody(environment);
    }

    /**
     * Hears the end of the body and asks for a tick to go on.
     *
     * @param failure why the body failed, {@code null} if it succeeded
     */
    @Override
    protected void bodyFinished(@CheckForNull final Throwable failure) {
        synchronized (this) {
            bodyInterruption = failure instanceof FlowInterruptedException ? (FlowInterruptedException) failure : null;
            deployment.bodyFinished(
                    failure == null ? Optional.empty() : Optional.of(describe(failure)),
                    failure instanceof FlowInterruptedException);
        }
        if (!isFinished()) {
            tickNow();
        }
    }

    @Override
    protected Throwable failure(final String reason) {
        FlowInterruptedException interruption = bodyInterruption;
        return interruption == null ? new AbortException(reason) : interruption;
    }

    @Override
    public void onResume() {
        synchronized (this) {
            deployment.restarted(DeploymentLocks.get());
        }
        super.onResume();
    }

    @Override
    protected void onStop(final Throwable cause) throws Exception {
        String why = "the build was stopped" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        deployment.stop(wiring(), why, Sleeper.REAL);
    }

    /** However the step ended (also a stop whose switch-back failed or overran), the lock is given back. */
    @Override
    protected void onFinished() {
        deployment.release(DeploymentLocks.get());
    }

    @Override
    protected void onTickFailure(final Throwable failure) {
        LOGGER.log(Level.WARNING, "blueGreenDeploy " + step.key().id() + " cannot continue", failure);
        String why = BlueGreenDeployStep.FUNCTION_NAME + " cannot continue: " + describe(failure);
        String reason;
        try {
            reason = deployment.abandon(wiring(), why);
        } catch (IOException | InterruptedException | RuntimeException secondFailure) {
            LOGGER.log(Level.WARNING, "blueGreenDeploy " + step.key().id() + " cannot restore traffic", secondFailure);
            reason = deployment.giveUp(DeploymentLocks.get(), why + "; " + describe(secondFailure));
        }
        complete(
                failure instanceof InvalidInputException
                        ? new AbortException(reason)
                        : new AbortException(reason + " (details in the Jenkins log)"));
    }

    @Override
    protected Optional<Serializable> liveState() {
        return Optional.of(deployment);
    }

    @Override
    protected void restoreLiveState(final Serializable state) {
        deployment = (BlueGreenDeployment) state;
    }

    @Override
    public String getStatus() {
        return BlueGreenDeployStep.FUNCTION_NAME + " " + step.key().id() + ": "
                + deployment.rollout().phase()
                + (deployment.body() == BlueGreenDeployment.Body.RUNNING ? ", body running" : "");
    }

    private RolloutWiring wiring() throws IOException, InterruptedException {
        RolloutWiring current = wiring;
        if (current == null) {
            current = ContextWiring.create(step, getContext());
            wiring = current;
        }
        return current;
    }
}
