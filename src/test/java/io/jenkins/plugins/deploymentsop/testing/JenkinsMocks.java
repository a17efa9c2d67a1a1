package io.jenkins.plugins.deploymentsop.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.record.EnvironmentTiers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

/**
 * Jenkins for the unit tests of the glue. Before each test {@code Jenkins.get()} answers a mock whose root folder is a
 * real temporary Jenkins home, {@code DeploymentSopConfiguration.get()} a mock with the default environment tiers, and
 * {@link #run()} is a mocked build of {@code shop/deploy} with a real temporary build folder that keeps the actions
 * added to it and a listener whose log {@link #log()} returns. After each test the static mocks are closed (also those
 * a test adds with {@link #mockStatic}) and the folders deleted.
 *
 * <pre>{@code
 * @RegisterExtension
 * final JenkinsMocks jenkins = JenkinsMocks.build(42);
 * }</pre>
 *
 * Stub more on the mocks where a test needs it, e.g. {@code when(jenkins.run().getResult()).thenReturn(...)}.
 */
public final class JenkinsMocks implements BeforeEachCallback, AfterEachCallback {
    /** The job of the mocked build. */
    public static final String JOB = "shop/deploy";

    private final int number;
    private final Jenkins jenkins = mock(Jenkins.class);
    private final DeploymentSopConfiguration configuration = mock(DeploymentSopConfiguration.class);
    private final Job<?, ?> job = mock(Job.class);
    private final Run<?, ?> run = mock(Run.class);
    private final TaskListener listener = mock(TaskListener.class);
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<Object> actions = new ArrayList<>();
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    @CheckForNull
    private Path jenkinsHome;

    @CheckForNull
    private Path buildFolder;

    private JenkinsMocks(final int number) {
        this.number = number;
    }

    /**
     * Mocks Jenkins with a build of {@link #JOB}.
     *
     * @param number the build number; the build's id is {@code shop/deploy#<number>}, as Jenkins forms it
     * @return the extension to register
     */
    public static JenkinsMocks build(final int number) {
        return new JenkinsMocks(number);
    }

    @Override
    public void beforeEach(final ExtensionContext context) throws IOException {
        Path home = Files.createTempDirectory("jenkins-home");
        jenkinsHome = home;
        Path folder = Files.createTempDirectory("build");
        buildFolder = folder;
        when(jenkins.getRootDir()).thenReturn(home.toFile());
        mockStatic(Jenkins.class).when(Jenkins::get).thenReturn(jenkins);
        when(configuration.getEnvironmentTiers()).thenReturn(EnvironmentTiers.defaults());
        mockStatic(DeploymentSopConfiguration.class)
                .when(DeploymentSopConfiguration::get)
                .thenReturn(configuration);

        when(job.getFullName()).thenReturn(JOB);
        parentIsJob();
        when(run.getNumber()).thenReturn(number);
        when(run.getExternalizableId()).thenReturn(buildId());
        when(run.getRootDir()).thenReturn(folder.toFile());
        when(run.getActions(any())).thenAnswer(invocation -> actions.stream()
                .filter(((Class<?>) invocation.getArgument(0))::isInstance)
                .toList());
        doAnswer(invocation -> actions.add(invocation.getArgument(0))).when(run).addAction(any());
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void parentIsJob() {
        when(((Run) run).getParent()).thenReturn(job);
    }

    @Override
    public void afterEach(final ExtensionContext context) throws Exception {
        while (!toClose.isEmpty()) {
            toClose.pop().close();
        }
        delete(jenkinsHome);
        delete(buildFolder);
    }

    private static void delete(@CheckForNull final Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException exception) {
                    throw new UncheckedIOException(exception);
                }
            });
        }
    }

    /**
     * Mocks the static methods of another class for the current test; closed after it.
     *
     * @param type e.g. {@code User.class}
     * @param <T> the class
     * @return the static mock to stub
     */
    public <T> MockedStatic<T> mockStatic(final Class<T> type) {
        MockedStatic<T> mocked = Mockito.mockStatic(type);
        toClose.push(mocked);
        return mocked;
    }

    /**
     * Closes something after the current test, before the Jenkins mocks, e.g. a {@code MockedConstruction}.
     *
     * @param resource what to close
     * @param <T> its type
     * @return the resource
     */
    public <T extends AutoCloseable> T closeAfterTest(final T resource) {
        toClose.push(resource);
        return resource;
    }

    public Jenkins jenkins() {
        return jenkins;
    }

    public DeploymentSopConfiguration configuration() {
        return configuration;
    }

    public Run<?, ?> run() {
        return run;
    }

    /** The build's id as Jenkins forms it, e.g. {@code shop/deploy#42}. */
    public String buildId() {
        return JOB + "#" + number;
    }

    public TaskListener listener() {
        return listener;
    }

    /** What was written to the listener's log so far. */
    public String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** The actions added to the build, in order. */
    public List<Object> actions() {
        return actions;
    }

    public Path jenkinsHome() {
        return started(jenkinsHome);
    }

    public Path buildFolder() {
        return started(buildFolder);
    }

    private static Path started(@CheckForNull final Path folder) {
        if (folder == null) {
            throw new IllegalStateException("The folders exist from the extension's beforeEach on");
        }
        return folder;
    }
}
