package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.rollback.RuleFileReader;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.AgentRouters;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Builds the collaborators of a watch from the step's parameters and the build (so a bad value or an unknown
 * credentials ID fails before anything is read): the router and the health probes, which run in the agent's JVM; the
 * metric sources, which are read from the controller; commands through the build's launcher; the rule layers (global
 * configuration, the workspace's rules file, the Pipeline); the record and the build log.
 */
final class StepWiring {
    static final String NEEDS_NODE = RollbackIfUnhealthyStep.FUNCTION_NAME
            + " runs its router, health checks and commands on the build's agent: call it inside a node block";
    private static final String COMMANDS_NEED_AGENT =
            RollbackIfUnhealthyStep.FUNCTION_NAME + " runs its commands on the build's agent";

    private StepWiring() {}

    /**
     * Wires a step for a build.
     *
     * @param step the parameters
     * @param context the step's context
     * @return the collaborators
     * @throws IOException if the build is gone
     * @throws InterruptedException if interrupted
     * @throws InvalidInputException naming the parameter of a bad value
     */
    static WatchServices create(final RollbackIfUnhealthyStep step, final StepContext context)
            throws IOException, InterruptedException {
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        if (run == null || listener == null) {
            throw new IOException(
                    "The build of this " + RollbackIfUnhealthyStep.FUNCTION_NAME + " step is no longer available");
        }
        Clock clock = Clock.systemUTC();
        AgentLink agent;
        if (context.get(Launcher.class) == null) { // at the start and after a restart: the setting may have changed
            List<String> refusals = ControllerWatch.refusals(
                    step, DeploymentSopConfiguration.get().isRoutersOnController());
            if (!refusals.isEmpty()) {
                throw new AbortException(NEEDS_NODE + "; outside node it can watch without an executor only from the"
                        + " controller, and here " + String.join("; ", refusals));
            }
            agent = AgentRouters.controller(COMMANDS_NEED_AGENT);
        } else {
            agent = AgentRouters.linkOf(context, NEEDS_NODE, COMMANDS_NEED_AGENT);
        }
        BuildCredentials credentials = new BuildCredentials(run);
        Map<String, ResolvedSecret> secrets = new HashMap<>();
        for (HealthCheckConfiguration check : step.allHealthChecks()) {
            check.credentialsId().ifPresent(id -> secrets.computeIfAbsent(id, credentials::resolve));
        }
        TrafficRouter router = AgentRouters.onAgent(agent, step.requireRouter(), step.targets());
        CommandRunner commands = agent.launcherCommands();
        PrintStream logger = listener.getLogger();
        return new WatchServices(
                router,
                step.catalog(credentials, RemoteProbe.factory(agent, secrets), clock),
                new HealthChecker(new ProbeRunner(clock, Sleeper.REAL)),
                commands,
                () -> layers(step, context),
                DeploymentRecords.of(run, step.key(), RollbackIfUnhealthyStep.FUNCTION_NAME),
                logger::println,
                clock);
    }

    private static List<RuleSource> layers(final RollbackIfUnhealthyStep step, final StepContext context)
            throws IOException, InterruptedException {
        List<RuleSource> layers = new ArrayList<>();
        DeploymentSopConfiguration.get().rollbackRuleSource().ifPresent(layers::add);
        if (!step.getRulesFile().isEmpty()) {
            FilePath workspace = context.get(FilePath.class);
            if (workspace == null) {
                throw new InvalidInputException(
                        "rulesFile",
                        step.getRulesFile(),
                        "a file in the workspace: call " + RollbackIfUnhealthyStep.FUNCTION_NAME
                                + " inside a node block to read it");
            }
            String text = WorkspaceRulesFile.read(workspace, step.getRulesFile());
            layers.add(RuleFileReader.parse(step.getRulesFile(), text, RuleLayer.FILE));
        }
        step.pipelineSource().ifPresent(layers::add);
        return layers;
    }
}
