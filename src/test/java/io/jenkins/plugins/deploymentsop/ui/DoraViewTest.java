package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.model.Job;
import io.jenkins.plugins.deploymentsop.dora.BandThresholds;
import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.RecordEvents;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kohsuke.stapler.HttpResponses;
import org.mockito.MockedStatic;

/** The DORA pages read the controller's deployment index and show only the jobs a viewer may read. */
class DoraViewTest {
    @RegisterExtension
    final JenkinsMocks mocks = JenkinsMocks.build(1);

    private final Jenkins jenkins = mocks.jenkins();
    private MockedStatic<HttpResponses> responses;

    @BeforeEach
    void mockJenkins() throws IOException {
        when(mocks.configuration().getBandThresholds()).thenReturn(BandThresholds.DORA_2024);
        responses = mocks.mockStatic(HttpResponses.class);

        DeploymentIndex index = new DeploymentIndex(mocks.jenkinsHome().resolve("deployment-sop"));
        Instant now = Instant.now();
        index.append(event("shop-deploy", "shop", now.minus(Duration.ofDays(2)), Outcome.SUCCEEDED));
        index.append(event("shop-deploy", "shop", now.minus(Duration.ofDays(1)), Outcome.ROLLED_BACK));
        index.append(event("secret-deploy", "vault", now.minus(Duration.ofDays(1)), Outcome.SUCCEEDED));
    }

    private static DeploymentEvent event(
            final String job, final String service, final Instant finished, final Outcome outcome) {
        DeploymentRecord record =
                new DeploymentRecord(new DeploymentKey(service, "production"), finished.minus(Duration.ofMinutes(10)));
        record.setJob(job);
        record.setBuild((int) (finished.getEpochSecond() % 10_000));
        record.finish(outcome, "test", finished);
        return RecordEvents.from(record).orElseThrow();
    }

    @Test
    void shouldShowOnlyTheJobsAViewerMayRead() throws IOException {
        DoraView view = new DoraView("DORA metrics of shop", () -> Set.of("shop-deploy"));

        String page = view.page("30", null, null);

        assertThat(page).contains("DORA metrics of shop").contains("shop").doesNotContain("vault");
        assertThat(page).contains("50%"); // one of two deployments rolled back
    }

    @Test
    void shouldExplainABadWindowInsteadOfFailing() throws IOException {
        String page = new DoraView("DORA", () -> Set.of("shop-deploy")).page("forever", "", "");

        assertThat(page).contains("forever");
    }

    @Test
    void shouldOfferTheGlobalPageOnlyForReadableJobs() {
        Job<?, ?> readable = mock(Job.class);
        when(readable.hasPermission(org.mockito.ArgumentMatchers.any())).thenReturn(true);
        when(readable.getFullName()).thenReturn("shop-deploy");
        Job<?, ?> hidden = mock(Job.class);
        when(hidden.getFullName()).thenReturn("secret-deploy");
        when(jenkins.getAllItems(Job.class)).thenReturn(List.of(readable, hidden));

        assertThat(DoraRootAction.readableJobs()).containsExactly("shop-deploy");
    }

    @Test
    void shouldExportTheSameModelAsJsonAndCsv() throws IOException {
        DoraView view = new DoraView("DORA", () -> Set.of("shop-deploy"));

        view.getApi().doJson("shop", "production");
        view.getApi().doCsv("", "");

        responses.verify(() -> HttpResponses.text(org.mockito.ArgumentMatchers.contains("\"shop\"")));
        responses.verify(() -> HttpResponses.text(anyString()), org.mockito.Mockito.times(2));
    }
}
