package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.AgentRouters;
import io.jenkins.plugins.deploymentsop.steps.DeploymentLocks;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.steps.LockHold;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.steps.People;
import io.jenkins.plugins.deploymentsop.steps.StepEnd;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code rollbackIfUnhealthy} (without a body) played outside Jenkins, for the end-to-end scenario: the step's
 * {@link WatchSession} with services wired as {@link StepWiring} wires them (router and probes on the build's agent,
 * metric sources from the controller, global and Pipeline rule layers, the build's record and tab), ticked in real
 * time as {@link RollbackIfUnhealthyExecution} ticks it, its questions shown on the decisions page.
 */
public final class WatchDriver {
    private WatchDriver() {}

    /**
     * Plays the step until it ends.
     *
     * @param step the parameters, as a Jenkinsfile gives them
     * @param run the build
     * @param agent the build's agent
     * @param log the build log
     * @param people who answer a manual rule's question
     * @param limit the longest the step may take
     * @return how the step ended
     * @throws Exception if an answer failed or the driver was interrupted
     */
    public static StepEnd watch(
            final RollbackIfUnhealthyStep step,
            final Run<?, ?> run,
            final AgentLink agent,
            final Consumer<String> log,
            final People people,
            final Duration limit)
            throws Exception {
        Clock clock = Clock.systemUTC();
        WatchServices services = new WatchServices(
                AgentRouters.onAgent(agent, step.requireRouter(), step.targets()),
                step.catalog(new BuildCredentials(run), RemoteProbe.factory(agent, Map.of()), clock),
                new HealthChecker(new ProbeRunner(clock, Sleeper.REAL)),
                agent.launcherCommands(),
                () -> layers(step),
                DeploymentRecords.of(run, step.key(), RollbackIfUnhealthyStep.FUNCTION_NAME),
                log,
                clock);
        WatchSession session = new WatchSession(step.settings(false));
        String buildId = run.getExternalizableId();
        List<String> shown = List.of();
        long deadline = System.nanoTime() + limit.toNanos();
        LockHold lock = new LockHold(); // as the execution: the watch holds the deployment lock
        try {
            while (System.nanoTime() < deadline) {
                Optional<Duration> wait =
                        lock.take(DeploymentLocks.get(), step.key(), DeploymentLocks.holderOf(run), Instant.now(), log);
                if (wait.isPresent()) {
                    People.awaitTick(wait.get(), buildId, people);
                    continue;
                }
                Next next = session.next(services);
                shown = show(buildId, session, services, shown);
                switch (next.kind()) {
                    case TICK:
                        People.awaitTick(next.delay(), buildId, people);
                        break;
                    case SUCCEED:
                        return StepEnd.success(next.result());
                    case FAIL:
                        return StepEnd.failure(RollbackIfUnhealthyStep.FUNCTION_NAME + " " + next.failure());
                    default:
                        throw new IllegalStateException("a watch without a body asked for " + next.kind());
                }
            }
            return StepEnd.failure("rollbackIfUnhealthy did not end within " + limit + ": " + session.status());
        } catch (IOException | RuntimeException failure) {
            // as the execution's onTickFailure: the failure goes into the record's timeline, the step fails
            String reason = RollbackIfUnhealthyStep.FUNCTION_NAME + " " + step.key() + " cannot continue while "
                    + session.status() + ": " + failure;
            services.records()
                    .update(record -> record.addTimeline(new TimelineEntry(
                            Instant.now(), WatchSession.STEP, "ERROR", TimelineEntry.Status.FAILED, reason)));
            return StepEnd.failure(reason);
        } finally {
            shown.forEach(id -> DecisionRegistry.unregister(buildId, id));
            lock.release(DeploymentLocks.get());
        }
    }

    // as StepWiring: global rules, then the Pipeline's (no rules file: it would need a workspace)
    private static List<RuleSource> layers(final RollbackIfUnhealthyStep step) {
        List<RuleSource> layers = new ArrayList<>();
        DeploymentSopConfiguration.get().rollbackRuleSource().ifPresent(layers::add);
        step.pipelineSource().ifPresent(layers::add);
        return layers;
    }

    // as the execution's showQuestion: the questions on the build page, answers back into the session
    private static List<String> show(
            final String buildId, final WatchSession session, final WatchServices services, final List<String> shown) {
        List<PendingDecision> questions = session.questions();
        List<String> ids = questions.stream().map(PendingDecision::id).collect(Collectors.toList());
        shown.stream().filter(id -> !ids.contains(id)).forEach(id -> DecisionRegistry.unregister(buildId, id));
        questions.forEach(asked -> DecisionRegistry.register(buildId, asked, (id, choice, user, comment) -> {
            try {
                session.decide(services, id, choice, user, comment);
            } catch (IOException exception) {
                throw new IllegalStateException("The decision could not be recorded: " + exception.getMessage());
            }
        }));
        return ids;
    }
}
