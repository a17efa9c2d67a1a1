package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.rollout.BlueGreenRollout;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.HealthGate;
import io.jenkins.plugins.deploymentsop.rollout.RolloutContext;
import io.jenkins.plugins.deploymentsop.rollout.ValidationHook;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The collaborators of a running {@code blueGreenDeploy}, built from the step's parameters and the build's context
 * whenever the execution (re)starts. None of them is serialized: after a restart they are built anew.
 *
 * @param router the traffic router
 * @param health the health check per colour
 * @param validation what judges the new colour while it serves all traffic
 * @param records where the deployment record goes
 * @param lock the per service/environment deployment lock
 * @param log writes a line to the build log
 * @param clock the time source
 */
record RolloutWiring(
        TrafficRouter router,
        HealthGate health,
        ValidationHook validation,
        DeploymentRecords records,
        DeploymentLock lock,
        Consumer<String> log,
        Clock clock) {
    /**
     * Returns the engine's context for a rollout, with an observer that writes into the record and the log.
     *
     * @param rollout the rollout
     * @return the context
     */
    RolloutContext context(final BlueGreenRollout rollout) {
        return new RolloutContext(
                router, health, validation, new DeploymentRecordObserver(records, log, rollout), clock);
    }
}
