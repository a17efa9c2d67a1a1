package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code blueGreenDeploy} played outside Jenkins, for the end-to-end scenario: wired as {@link ContextWiring} wires
 * the step (router and probes through the build's agent, the build's record and tab, the controller's lock), ticked in
 * real time as {@link BlueGreenDeployExecution} ticks it, with the block run inline when the rollout asks for it.
 */
public final class BlueGreenDriver {
    private BlueGreenDriver() {}

    /** The block of the step: gets the body's environment, returns why it failed (empty if it succeeded). */
    @FunctionalInterface
    public interface Body {
        Optional<String> run(Map<String, String> environment) throws Exception;
    }

    /**
     * Returns an agent in this JVM that behaves like remoting: every call is serialized before it runs.
     *
     * @param workspace where commands run
     * @return the agent
     */
    public static AgentLink localAgent(final Path workspace) {
        return new LocalAgent(new LocalCommandRunner(workspace));
    }

    /**
     * Plays the step until it ends.
     *
     * @param step the parameters, as a Jenkinsfile gives them
     * @param run the build
     * @param agent the build's agent
     * @param log the build log
     * @param body the block
     * @param limit the longest the step may take
     * @return how the step ended
     * @throws InterruptedException if interrupted
     */
    public static StepEnd deploy(
            final BlueGreenDeployStep step,
            final Run<?, ?> run,
            final AgentLink agent,
            final Consumer<String> log,
            final Body body,
            final Duration limit)
            throws InterruptedException {
        String prefix =
                "[" + BlueGreenDeployStep.FUNCTION_NAME + " " + step.key().id() + "] ";
        Consumer<String> buildLog = line -> log.accept(prefix + line);
        RolloutWiring wiring = ContextWiring.wire(
                step,
                agent,
                Map.of(),
                ContextWiring.recordsOf(step, run),
                DeploymentLocks.get(),
                buildLog,
                Clock.systemUTC());
        BlueGreenDeployment deployment = new BlueGreenDeployment(step, DeploymentLocks.holderOf(run));
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Next next = deployment.next(wiring);
                switch (next.kind()) {
                    case TICK:
                        TimeUnit.MILLISECONDS.sleep(next.delay().toMillis());
                        break;
                    case RUN_BODY:
                        buildLog.accept("running the body with " + next.environment());
                        deployment.bodyFinished(runBody(body, next.environment()), false);
                        break;
                    case AWAIT_BODY:
                        throw new IllegalStateException("the body ran inline, yet the deployment waits for it");
                    case SUCCEED:
                        return StepEnd.success(next.result());
                    default:
                        return StepEnd.failure(next.failure());
                }
            }
            deployment.stop(wiring, "the driver's limit of " + limit + " passed", Sleeper.REAL);
            return StepEnd.failure("blueGreenDeploy did not end within " + limit + ": "
                    + deployment.rollout().reason());
        } catch (RuntimeException exception) {
            // as the execution's onTickFailure: restore what may have moved, end the record, fail the step
            return StepEnd.failure(deployment.abandon(wiring, "blueGreenDeploy cannot continue: " + exception));
        }
    }

    private static Optional<String> runBody(final Body body, final Map<String, String> environment)
            throws InterruptedException {
        try {
            return body.run(environment);
        } catch (InterruptedException exception) {
            throw exception;
        } catch (Exception exception) {
            return Optional.of(exception.getMessage() == null ? exception.toString() : exception.getMessage());
        }
    }
}
