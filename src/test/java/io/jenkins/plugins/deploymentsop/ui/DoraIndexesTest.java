package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.model.Job;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.RunList;
import io.jenkins.plugins.deploymentsop.dora.index.IndexSnapshot;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DoraIndexesTest {
    private static final Instant STARTED = Instant.parse("2026-11-20T10:00:00Z");

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(7);

    private final List<String> calls = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();
    private boolean asSystem;

    // Jenkins' shared scheduler, run by hand: what it was given runs when the test says so
    private Executor previousExecutor;

    // the rebuild thread, run by hand: what it was given runs when the test says so, on the test's thread (the static
    // mocks of Jenkins belong to it)
    @BeforeEach
    void captureTheBackgroundTasks() {
        previousExecutor = DoraIndexes.rebuildExecutor();
        runRebuildsOn(task -> {
            calls.add("rebuild submitted");
            background.add(task);
        });
    }

    private static void runRebuildsOn(final Executor executor) {
        DoraIndexes.runRebuildsOn(executor);
    }

    @AfterEach
    void restoreTheRebuildThread() {
        DoraIndexes.runRebuildsOn(previousExecutor);
    }

    private void runTheBackgroundTasks() {
        List<Runnable> tasks = List.copyOf(background);
        background.clear();
        tasks.forEach(Runnable::run);
    }

    private void recordADeployment() throws IOException {
        RecordStore.forBuild(jenkins.buildFolder()).update(new DeploymentKey("shop", "production"), STARTED, record -> {
            record.setJob(JenkinsMocks.JOB);
            record.setBuild(7);
            record.finish(Outcome.SUCCEEDED, "ok", STARTED.plusSeconds(60));
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Job listTheBuildOfTheJob() {
        Job job = jenkins.run().getParent();
        RunList builds = mock(RunList.class);
        when(builds.stream()).thenAnswer(invocation -> Stream.of(jenkins.run()));
        when(job.getBuilds()).thenReturn(builds);
        when(jenkins.jenkins().getAllItems(Job.class)).thenReturn(List.of(job));
        when(jenkins.run().getRootDir()).thenReturn(jenkins.buildFolder().toFile());
        return job;
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldRebuildAMissingIndexFromEveryJobAsSystemWhoeverOpensThePageUnderTheJobsNamesOfNow() throws Exception {
        recordADeployment();
        ACLContext context = mock(ACLContext.class);
        doAnswer(invocation -> {
                    calls.add("back to the viewer");
                    asSystem = false;
                    return null;
                })
                .when(context)
                .close();
        jenkins.mockStatic(ACL.class).when(() -> ACL.as2(any())).thenAnswer(invocation -> {
            calls.add("as SYSTEM");
            asSystem = true;
            return context;
        });
        Job job = listTheBuildOfTheJob();
        when(jenkins.jenkins().getAllItems(Job.class)).thenAnswer(invocation -> {
            calls.add(asSystem ? "jobs listed as SYSTEM" : "jobs listed as the viewer");
            return List.of(job);
        });
        when(jenkins.run().getRootDir()).thenAnswer(invocation -> {
            calls.add(asSystem ? "records read as SYSTEM" : "records read as the viewer");
            return jenkins.buildFolder().toFile();
        });

        IndexSnapshot whileMissing = DoraIndexes.snapshot();
        DoraIndexes.snapshot(); // a second viewer meanwhile does not start a second rebuild

        assertThat(whileMissing.getTable().size()).isZero();
        assertThat(whileMissing.getHealth().isMissing()).isTrue();
        assertThat(calls).as("nothing read on the request thread").containsExactly("rebuild submitted");
        assertThat(DoraIndexes.rebuildNotice()).hasValueSatisfying(notice -> assertThat(notice)
                .contains("is being rebuilt", "the index file does not exist", "reload the page"));

        calls.clear();
        runTheBackgroundTasks();

        assertThat(calls)
                .containsExactly("as SYSTEM", "jobs listed as SYSTEM", "records read as SYSTEM", "back to the viewer");
        assertThat(DoraIndexes.rebuildNotice()).isEmpty();
        IndexSnapshot snapshot = DoraIndexes.snapshot();
        assertThat(snapshot.getTable().size()).isEqualTo(1);
        assertThat(snapshot.getTable().getJobs()).containsExactly(JenkinsMocks.JOB);
        assertThat(snapshot.getTable().getDeploymentId(0)).isEqualTo(JenkinsMocks.JOB + "#7#shop@production");
        assertThat(snapshot.getHealth().needsRebuild()).isFalse();
    }

    @Test
    void shouldSayThatARebuildFailedAndNotTryAgainOnEveryRead() throws Exception {
        jenkins.mockStatic(ACL.class).when(() -> ACL.as2(any())).thenReturn(mock(ACLContext.class));
        when(jenkins.jenkins().getAllItems(Job.class)).thenThrow(new IllegalStateException("the item list broke"));

        DoraIndexes.snapshot();
        runTheBackgroundTasks();

        assertThat(DoraIndexes.rebuildNotice()).hasValueSatisfying(notice -> assertThat(notice)
                .contains("could not be rebuilt", "the item list broke"));
        DoraIndexes.snapshot();
        assertThat(background)
                .as("a read within %s of the failure does not start another rebuild", DoraIndexes.RETRY_AFTER)
                .isEmpty();
    }

    @Test
    void shouldNotRebuildAnIndexThatIsThere() throws Exception {
        jenkins.mockStatic(ACL.class).when(() -> ACL.as2(any())).thenAnswer(invocation -> {
            calls.add("as SYSTEM");
            return mock(ACLContext.class);
        });
        DoraIndexes.snapshot(); // the first read has the missing index rebuilt from no jobs
        runTheBackgroundTasks();

        calls.clear();
        DoraIndexes.snapshot();

        assertThat(calls).isEmpty();
    }

    @Test
    void shouldLetACheckWaitForTheRebuildSoThatNotYetIndexedIsNotTakenForNeverDeployed() throws Exception {
        recordADeployment();
        jenkins.mockStatic(ACL.class).when(() -> ACL.as2(any())).thenReturn(mock(ACLContext.class));
        listTheBuildOfTheJob();
        // the rebuild runs at once on this thread (the static mocks of Jenkins are per thread)
        runRebuildsOn(Runnable::run);

        IndexSnapshot snapshot = DoraIndexes.snapshotAfterRebuild(Duration.ofSeconds(30));

        assertThat(snapshot.getTable().size()).isEqualTo(1);
        assertThat(DoraIndexes.rebuildNotice()).isEmpty();
    }

    @Test
    void shouldNameARebuildThatTakesLongerThanACheckMayWait() {
        // the task is kept, never run: the rebuild does not end

        assertThatThrownBy(() -> DoraIndexes.snapshotAfterRebuild(Duration.ofMillis(50)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is being rebuilt from the build records and was not done within 50ms");
    }

    @Test
    void shouldNameARebuildThatCouldNotBeScheduledAndNotRetryItOnEveryRead() throws Exception {
        runRebuildsOn(task -> {
            calls.add("rejected");
            throw new RejectedExecutionException("shutting down");
        });

        DoraIndexes.snapshot();
        DoraIndexes.snapshot();

        assertThat(calls).as("tried once, then waits before trying again").containsExactly("rejected");
        assertThat(DoraIndexes.rebuildNotice())
                .hasValueSatisfying(notice -> assertThat(notice).contains("could not be scheduled: shutting down"));
    }
}
