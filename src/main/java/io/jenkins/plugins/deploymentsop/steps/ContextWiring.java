package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.HealthGate;
import io.jenkins.plugins.deploymentsop.rollout.HealthValidationHook;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Builds the collaborators of a {@code blueGreenDeploy} from its parameters and the build: the router and the probes
 * of both colours, which run on the build's agent (created here once, so a bad value or an unknown credentials ID
 * fails before anything happens), the build's deployment record and the controller's deployment lock.
 */
final class ContextWiring {
    private ContextWiring() {}

    /**
     * Wires a step for a build.
     *
     * @param step the parameters
     * @param context the step's context
     * @return the collaborators
     * @throws IOException if the build is gone
     * @throws InterruptedException if interrupted
     */
    static RolloutWiring create(final BlueGreenDeployStep step, final StepContext context)
            throws IOException, InterruptedException {
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        if (run == null || listener == null) {
            throw new IOException("The build of this blueGreenDeploy step is no longer available");
        }
        String prefix =
                "[" + BlueGreenDeployStep.FUNCTION_NAME + " " + step.key().id() + "] ";
        return wire(
                step,
                new ContextAgentLink(context),
                new ProbeCredentialsLookup(run).resolve(step.allHealthChecks()),
                recordsOf(step, run),
                DeploymentLocks.get(),
                line -> listener.getLogger().println(prefix + line),
                Clock.systemUTC());
    }

    /**
     * Chooses where the deployment record goes: nowhere for a dry run, which deploys nothing.
     *
     * @param step the parameters
     * @param run the build
     * @return the records
     */
    static DeploymentRecords recordsOf(final BlueGreenDeployStep step, final Run<?, ?> run) {
        return step.isDryRun()
                ? DeploymentRecords.NONE
                : DeploymentRecords.of(run, step.key(), BlueGreenDeployStep.FUNCTION_NAME);
    }

    /**
     * Wires a step from its parts: the router and the probes of both colours are created (and so validated) at once;
     * they run on the agent.
     *
     * @param step the parameters
     * @param agent the build's agent
     * @param secrets the resolved credentials of the health checks
     * @param records where the record goes
     * @param lock the deployment lock
     * @param log the build log
     * @param clock the time source
     * @return the collaborators
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException naming the parameter of a bad value
     */
    static RolloutWiring wire(
            final BlueGreenDeployStep step,
            final AgentLink agent,
            final Map<String, ProbeSecret> secrets,
            final DeploymentRecords records,
            final DeploymentLock lock,
            final Consumer<String> log,
            final Clock clock) {
        ColorTargets targets = step.targets();
        TrafficRouter router = new AgentRouter(agent, step.getRouter(), targets);
        HealthGate health = new AgentHealthGate(agent, step.allHealthChecks(), step.probePolicy(), targets, secrets);
        return new RolloutWiring(router, health, new HealthValidationHook(health), records, lock, log, clock);
    }
}
