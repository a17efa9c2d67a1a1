package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.EnvironmentTiers;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.Jenkins;
import org.mockito.MockedStatic;

/**
 * Build {@code #7} of {@code shop/deploy} as a canary sees it, with mocks for the Jenkins objects and a real record
 * folder, and the running step ({@link CanaryHost}) around it: the log is kept in memory, routers are created in this
 * JVM with a given command runner, the deployment locks are this build's own. The static mocks hold for the thread
 * that created this build only.
 */
final class MockedBuild implements CanaryHost, AutoCloseable {
    static final String BUILD_ID = "shop/deploy#7";

    private final Path buildFolder;
    private final CommandRunner commands;
    private final Run<?, ?> run = mock(Run.class);
    private final List<Object> actions = new ArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final DeploymentLock lock = new InMemoryDeploymentLock(Clock.systemUTC());
    private final MockedStatic<Jenkins> jenkinsStatic;
    private final MockedStatic<DeploymentSopConfiguration> configurationStatic;

    /**
     * Mocks the build.
     *
     * @param jenkinsHome the folder Jenkins' root directory is
     * @param buildFolder the build's folder, where the deployment record goes
     * @param commands runs the router's commands
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    MockedBuild(final Path jenkinsHome, final Path buildFolder, final CommandRunner commands) {
        this.buildFolder = buildFolder;
        this.commands = commands;
        Jenkins jenkins = mock(Jenkins.class);
        when(jenkins.getRootDir()).thenReturn(jenkinsHome.toFile());
        jenkinsStatic = mockStatic(Jenkins.class);
        jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
        DeploymentSopConfiguration configuration = mock(DeploymentSopConfiguration.class);
        when(configuration.getEnvironmentTiers()).thenReturn(EnvironmentTiers.defaults());
        configurationStatic = mockStatic(DeploymentSopConfiguration.class);
        configurationStatic.when(DeploymentSopConfiguration::get).thenReturn(configuration);

        Job<?, ?> job = mock(Job.class);
        when(job.getFullName()).thenReturn("shop/deploy");
        when(((Run) run).getParent()).thenReturn(job);
        when(run.getNumber()).thenReturn(7);
        when(run.getExternalizableId()).thenReturn(BUILD_ID);
        when(run.getRootDir()).thenReturn(buildFolder.toFile());
        when(run.getActions(any())).thenAnswer(invocation -> actions.stream()
                .filter(action -> ((Class<?>) invocation.getArgument(0)).isInstance(action))
                .toList());
        doAnswer(invocation -> actions.add(invocation.getArgument(0))).when(run).addAction(any());
    }

    @Override
    public Run<?, ?> run() {
        return run;
    }

    @Override
    public void log(final String line) {
        log.add(line);
    }

    @Override
    public DecisionHandler handler() {
        return (id, choice, userId, comment) -> {
            throw new IllegalStateException("answered through the deployment in these tests");
        };
    }

    @Override
    public TrafficRouter router(final RouterConfiguration configuration, final ColorTargets targets) {
        return configuration.createRouter(targets, commands);
    }

    @Override
    public DeploymentLock lock() {
        return lock;
    }

    /** The build log so far, one line each. */
    List<String> log() {
        return List.copyOf(log);
    }

    /**
     * Reads the deployment record of shop@production from the build folder.
     *
     * @return the record
     * @throws IOException if it cannot be read
     */
    DeploymentRecord record() throws IOException {
        return RecordStore.forBuild(buildFolder)
                .load(new DeploymentKey("shop", "production"))
                .orElseThrow(() -> new AssertionError("no deployment record in " + buildFolder));
    }

    @Override
    public void close() {
        DecisionRegistry.pending(BUILD_ID).forEach(decision -> DecisionRegistry.unregister(BUILD_ID, decision.id()));
        jenkinsStatic.close();
        configurationStatic.close();
    }
}
