package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DoraIndexesTest {
    private static final Instant STARTED = Instant.parse("2026-11-20T10:00:00Z");

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(7);

    private final List<String> calls = new ArrayList<>();
    private boolean asSystem;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldRebuildAMissingIndexFromEveryJobAsSystemWhoeverOpensThePageUnderTheJobsNamesOfNow() throws Exception {
        RecordStore.forBuild(jenkins.buildFolder()).update(new DeploymentKey("shop", "production"), STARTED, record -> {
            record.setJob(JenkinsMocks.JOB);
            record.setBuild(7);
            record.finish(Outcome.SUCCEEDED, "ok", STARTED.plusSeconds(60));
        });
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
        Job job = jenkins.run().getParent();
        RunList builds = mock(RunList.class);
        when(builds.stream()).thenAnswer(invocation -> Stream.of(jenkins.run()));
        when(job.getBuilds()).thenReturn(builds);
        when(jenkins.jenkins().getAllItems(Job.class)).thenAnswer(invocation -> {
            calls.add(asSystem ? "jobs listed as SYSTEM" : "jobs listed as the viewer");
            return List.of(job);
        });
        when(jenkins.run().getRootDir()).thenAnswer(invocation -> {
            calls.add(asSystem ? "records read as SYSTEM" : "records read as the viewer");
            return jenkins.buildFolder().toFile();
        });

        IndexSnapshot snapshot = DoraIndexes.snapshot();

        assertThat(calls)
                .containsExactly("as SYSTEM", "jobs listed as SYSTEM", "records read as SYSTEM", "back to the viewer");
        assertThat(snapshot.getTable().size()).isEqualTo(1);
        assertThat(snapshot.getTable().getJobs()).containsExactly(JenkinsMocks.JOB);
        assertThat(snapshot.getTable().getDeploymentId(0)).isEqualTo(JenkinsMocks.JOB + "#7#shop@production");
        assertThat(snapshot.getHealth().getRebuildReason()).isPresent();
    }

    @Test
    void shouldNotRebuildAnIndexThatIsThere() throws Exception {
        jenkins.mockStatic(ACL.class).when(() -> ACL.as2(any())).thenAnswer(invocation -> {
            calls.add("as SYSTEM");
            return mock(ACLContext.class);
        });
        DoraIndexes.snapshot(); // the first read rebuilds the missing index from no jobs

        calls.clear();
        DoraIndexes.snapshot();

        assertThat(calls).isEmpty();
    }
}
