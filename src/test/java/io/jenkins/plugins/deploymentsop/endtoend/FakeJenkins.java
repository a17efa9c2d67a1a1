package io.jenkins.plugins.deploymentsop.endtoend;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.security.SecurityRealm;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.dora.BandThresholds;
import io.jenkins.plugins.deploymentsop.record.EnvironmentTiers;
import io.jenkins.plugins.deploymentsop.testing.SecurityMocks;
import io.jenkins.plugins.deploymentsop.ui.DeploymentDecisionsAction;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import io.jenkins.plugins.deploymentsop.ui.DoraJobAction;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import jenkins.model.Jenkins;
import jenkins.model.RunAction2;
import jenkins.util.Timer;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.springframework.security.core.Authentication;

/**
 * The Jenkins objects the steps' glue touches, replaced where no real Jenkins can run (the build carries a copy of the
 * Jenkins API whose bodies throw): the controller's home, the plugin's global configuration, the job and its builds
 * with real build folders, the logged-in user for answers on the "Deployment Decisions" page, and the HTTP replies
 * of that page. Static replacements apply to the thread that creates this object; the scenario runs on that thread.
 */
final class FakeJenkins implements AutoCloseable {
    static final String JOB = "shop/release";
    static final String JOB_DISPLAY_NAME = "shop » release";

    private final Path home;
    private final List<MockedStatic<?>> statics = new ArrayList<>();
    private final MockedStatic<Jenkins> jenkinsStatic;
    private final Job<?, ?> job = mock(Job.class);
    private final Map<String, List<String>> groups;

    /**
     * Replaces Jenkins.
     *
     * @param home JENKINS_HOME, where the DORA index lives
     * @param groups the people who may log in, with their groups
     */
    FakeJenkins(final Path home, final Map<String, List<String>> groups) {
        this.home = home;
        this.groups = Map.copyOf(groups);
        Jenkins jenkins = mock(Jenkins.class);
        when(jenkins.getRootDir()).thenReturn(home.toFile());
        jenkinsStatic = keep(mockStatic(Jenkins.class));
        jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
        SecurityRealm realm = SecurityMocks.realm(true);
        when(jenkins.getSecurityRealm()).thenReturn(realm);

        DeploymentSopConfiguration configuration = mock(DeploymentSopConfiguration.class);
        when(configuration.getEnvironmentTiers()).thenReturn(EnvironmentTiers.defaults());
        when(configuration.getBandThresholds()).thenReturn(BandThresholds.DORA_2024);
        when(configuration.rollbackRuleSource()).thenReturn(Optional.empty());
        keep(mockStatic(DeploymentSopConfiguration.class))
                .when(DeploymentSopConfiguration::get)
                .thenReturn(configuration);

        // the drivers tick the executions themselves; Jenkins' timer only hears "tick now" after an answer
        keep(mockStatic(Timer.class)).when(Timer::get).thenReturn(mock(ScheduledExecutorService.class));

        when(job.getFullName()).thenReturn(JOB);
        when(job.getFullDisplayName()).thenReturn(JOB_DISPLAY_NAME);
    }

    private <T extends MockedStatic<?>> T keep(final T mocked) {
        statics.add(mocked);
        return mocked;
    }

    /**
     * Starts a build of the job, with a build folder of its own.
     *
     * @param number the build number
     * @return the build
     * @throws IOException if the folder cannot be created
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Run<?, ?> startBuild(final int number) throws IOException {
        Path folder = Files.createDirectories(home.resolve("jobs/shop/jobs/release/builds/" + number));
        Run<?, ?> run = mock(Run.class);
        List<Action> actions = new ArrayList<>();
        when(((Run) run).getParent()).thenReturn(job);
        when(run.getNumber()).thenReturn(number);
        when(run.getRootDir()).thenReturn(folder.toFile());
        when(run.getExternalizableId()).thenReturn(JOB + "#" + number);
        when(run.getFullDisplayName()).thenReturn(JOB_DISPLAY_NAME + " #" + number);
        when(run.getStartTimeInMillis()).thenReturn(Instant.now().toEpochMilli());
        when(run.getResult()).thenReturn(Result.SUCCESS);
        when(run.getActions(DeploymentReportAction.class)).thenAnswer(invocation -> actions.stream()
                .filter(DeploymentReportAction.class::isInstance)
                .map(DeploymentReportAction.class::cast)
                .toList());
        doAnswer(invocation -> {
                    Action action = invocation.getArgument(0);
                    actions.add(action);
                    if (action instanceof RunAction2) {
                        ((RunAction2) action).onAttached(run); // as Run.addAction does
                    }
                    return null;
                })
                .when(run)
                .addAction(any());
        return run;
    }

    /**
     * Answers a question of a build's "Deployment Decisions" page as a logged-in person: the page's own POST handler
     * checks who may answer and hands the answer to the waiting step.
     *
     * @param run the build
     * @param person who answers
     * @param decisionId the question
     * @param choice the answer
     * @param comment the comment
     * @throws IllegalStateException with the page's HTTP error if the answer is refused
     */
    void answer(
            final Run<?, ?> run,
            final String person,
            final String decisionId,
            final String choice,
            final String comment) {
        Authentication signedIn = SecurityMocks.signedIn(person, groups.getOrDefault(person, List.of()));
        jenkinsStatic.when(Jenkins::getAuthentication2).thenReturn(signedIn);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter refusal = new StringWriter();
        try {
            when(response.getWriter()).thenReturn(new PrintWriter(refusal));
            new DeploymentDecisionsAction(run).doDecide(decisionId, choice, comment, response);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);
        verify(response, atMost(1)).setStatus(status.capture());
        if (!status.getAllValues().isEmpty()) {
            throw new IllegalStateException(
                    "HTTP " + status.getValue() + ": " + refusal.toString().strip());
        }
    }

    /** The job's "DORA Metrics" page. */
    DoraJobAction doraPage() {
        return new DoraJobAction(job);
    }

    @Override
    public void close() {
        for (MockedStatic<?> mocked : statics) {
            mocked.close();
        }
        statics.clear();
    }
}
