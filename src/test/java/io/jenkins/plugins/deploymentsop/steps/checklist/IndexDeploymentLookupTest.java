package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.checklist.PastDeployment;
import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.RecordEvents;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Earlier deployments of a release, found in a deployment index file on disk as the DORA pages read it. */
class IndexDeploymentLookupTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

    @TempDir
    Path home;

    private DeploymentIndex index() {
        return new DeploymentIndex(home);
    }

    private IndexDeploymentLookup lookup() {
        return new IndexDeploymentLookup(index()::snapshot);
    }

    /** A finished record as the deployment steps leave it, indexed as on a real controller. */
    private void deployed(
            final String job, final int build, final String environment, final String version, final Outcome outcome)
            throws IOException {
        deployed("shop", job, build, environment, version, outcome);
    }

    private void deployed(
            final String service,
            final String job,
            final int build,
            final String environment,
            final String version,
            final Outcome outcome)
            throws IOException {
        DeploymentRecord record = new DeploymentRecord(new DeploymentKey(service, environment), NOW.minusSeconds(3600));
        record.setJob(job);
        record.setBuild(build);
        record.setVersion(version);
        record.setProductionTier("production".equals(environment));
        record.finish(outcome, "done", NOW.minusSeconds(3600 - build));
        index().append(RecordEvents.from(record).orElseThrow());
    }

    @Test
    void shouldFindEveryFinishedDeploymentOfTheRelease() throws IOException {
        deployed("shop/deploy-staging", 41, "staging", "1.4.0", Outcome.SUCCEEDED);
        deployed("shop/deploy-staging", 42, "staging", "1.4.1", Outcome.SUCCEEDED);
        deployed("shop/deploy", 7, "qa", "1.4.0", Outcome.ROLLED_BACK);
        deployed("cart", "cart/deploy", 3, "staging", "1.4.0", Outcome.SUCCEEDED);

        List<PastDeployment> found = lookup().deploymentsOf("shop", "1.4.0");

        assertThat(found)
                .containsExactly(
                        new PastDeployment(
                                "shop",
                                "staging",
                                "1.4.0",
                                Outcome.SUCCEEDED,
                                NOW.minusSeconds(3600 - 41),
                                "shop/deploy-staging #41"),
                        new PastDeployment(
                                "shop",
                                "qa",
                                "1.4.0",
                                Outcome.ROLLED_BACK,
                                NOW.minusSeconds(3600 - 7),
                                "shop/deploy #7"));
        assertThat(lookup().deploymentsOf("shop", "2.0.0")).isEmpty();
    }

    @Test
    void shouldIgnoreDeploymentsIndexedWithoutAVersion() throws IOException {
        deployed("shop/deploy-staging", 41, "staging", "", Outcome.SUCCEEDED);
        // a line an older plugin wrote: no "version" field
        Files.writeString(
                home.resolve(DeploymentIndex.FILE_NAME),
                "{\"id\":\"shop/old#1#shop@staging\",\"job\":\"shop/old\",\"service\":\"shop\",\"env\":\"staging\","
                        + "\"prod\":false,\"type\":\"STANDARD\",\"outcome\":\"SUCCEEDED\",\"started\":1770206400000,"
                        + "\"finished\":1770207000000}\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(lookup().deploymentsOf("shop", "")).hasSize(2);
        assertThat(lookup().deploymentsOf("shop", "1.4.0")).isEmpty();
    }

    @Test
    void shouldFindNothingBeforeAnythingWasDeployedAndFailOnAnUnreadableIndex() throws IOException {
        assertThat(lookup().deploymentsOf("shop", "1.4.0")).isEmpty();

        Files.writeString(home.resolve(DeploymentIndex.FILE_NAME), "not an index\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> lookup().deploymentsOf("shop", "1.4.0"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("the deployment index cannot be read: the index file cannot be used");
    }

    @Test
    void shouldKeepOnlyTheNewestDeploymentsOfARelease() throws IOException {
        List<DeploymentEvent> events = new java.util.ArrayList<>();
        for (int build = 1; build <= IndexDeploymentLookup.MAX_DEPLOYMENTS + 5; build++) {
            events.add(DeploymentEvent.builder()
                    .deploymentId("shop/deploy#" + build + "#shop@staging")
                    .job("shop/deploy")
                    .service("shop")
                    .environment("staging")
                    .version("1.4.0")
                    .outcome(Outcome.SUCCEEDED)
                    .startedAt(NOW.minusSeconds(100_000))
                    .finishedAt(NOW.minusSeconds(100_000 - build))
                    .build());
        }
        index().appendAll(events);

        List<PastDeployment> found = lookup().deploymentsOf("shop", "1.4.0");

        assertThat(found).hasSize(IndexDeploymentLookup.MAX_DEPLOYMENTS);
        assertThat(found.get(0).reference()).isEqualTo("shop/deploy #1005");
    }

    @Test
    void shouldHandTheAgentTheDeploymentsOrTheReasonTheyAreMissing() throws IOException {
        deployed("shop/deploy-staging", 41, "staging", "1.4.0", Outcome.SUCCEEDED);

        EarlierDeployments read = EarlierDeployments.read(lookup(), "shop", "1.4.0");
        assertThat(read.lookup().deploymentsOf("shop", "1.4.0")).hasSize(1);

        EarlierDeployments failed = EarlierDeployments.read(
                (service, release) -> {
                    throw new IOException("the deployment index cannot be read: disk full");
                },
                "shop",
                "1.4.0");
        assertThat(failed.deployments()).isEmpty();
        assertThatThrownBy(() -> failed.lookup().deploymentsOf("shop", "1.4.0"))
                .hasMessage("the deployment index cannot be read: disk full");
    }

    @Test
    void shouldNameADeploymentByItsJobAndBuild() {
        assertThat(IndexDeploymentLookup.reference("shop/deploy", "shop/deploy#41#shop@staging"))
                .isEqualTo("shop/deploy #41");
        assertThat(IndexDeploymentLookup.reference("other", "shop/deploy#41#shop@staging"))
                .isEqualTo("shop/deploy#41#shop@staging");
    }
}
