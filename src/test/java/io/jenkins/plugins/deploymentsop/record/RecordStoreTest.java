package io.jenkins.plugins.deploymentsop.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordStoreTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");

    @TempDir
    Path build;

    @Test
    void shouldCreateTheRecordWithTheFirstStepAndKeepEveryLaterChange() throws IOException {
        RecordStore store = RecordStore.forBuild(build);

        store.update(SHOP, START, record -> {
            record.setVersion("1.4.0");
            record.addTimeline(new TimelineEntry(
                    START, "preDeployChecklist", "CHECKLIST", TimelineEntry.Status.SUCCEEDED, "12 of 12 gates passed"));
        });
        store.update(
                SHOP,
                START.plusSeconds(60),
                record -> record.addTrafficChange(
                        new TrafficChange(START.plusSeconds(60), 90, 10, true, "canary step 1 of 4")));

        DeploymentRecord loaded = RecordStore.forBuild(build).load(SHOP).orElseThrow();
        assertThat(loaded.getStartedAt()).isEqualTo(START);
        assertThat(loaded.getVersion()).isEqualTo("1.4.0");
        assertThat(loaded.getTimeline()).hasSize(1);
        assertThat(loaded.getTraffic()).singleElement().satisfies(change -> {
            assertThat(change.greenWeight()).isEqualTo(10);
            assertThat(change.verified()).isTrue();
        });
        assertThat(Files.exists(build.resolve("deployment-sop/shop@production.json")))
                .isTrue();
    }

    @Test
    void shouldRoundTripEveryPartOfARecordThroughJson() throws IOException {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        record.setType(DeploymentType.HOTFIX);
        record.setStrategy(Strategy.CANARY);
        record.setChecklist(List.of(new ChecklistEntry(
                "tests",
                "All tests pass",
                "CODE_QUALITY",
                "BLOCKING",
                "PASSED",
                "120 of 120 passed",
                Map.of("tests", "120"),
                List.of("target/surefire-reports"))));
        record.addApproval(new Approval("tech-lead", "CONFIRM", "alice", "looks good", START));
        record.addVerdict(new AnalysisVerdict(
                START,
                "canary 10%",
                10,
                "PASS",
                100,
                "all metrics pass",
                List.of(new MetricVerdict("p95", "PASS", "p95 210 ms <= 500 ms", Map.of("canary", 210.0)))));
        record.addRollback(new RollbackEvent("TRAFFIC", "error rate 12% > 10%", START, null, false, "started"));
        record.updateLatestRollback(event -> new RollbackEvent(
                event.type(),
                event.trigger(),
                event.startedAt(),
                START.plusMillis(40),
                true,
                "100% on blue, verified"));
        record.putIncident(new Incident("1", "error rate > 10%", "P0", "12%", START, START, START.plusSeconds(30)));
        record.addArtifact(new ArtifactEntry("shop.war", "ab".repeat(32), 1024));
        record.addMetricSnapshot(new MetricSnapshot("error rate", "%", MetricSnapshot.Moment.BEFORE, 0.1, START));
        record.addChanges(List.of(new ChangeEntry("abc123", "bob", "Fix cart", START.minusSeconds(3600))));
        record.addChanges(List.of(new ChangeEntry("abc123", "bob", "Fix cart", START.minusSeconds(3600))));
        record.finish(Outcome.ROLLED_BACK, "rolled back", START.plusSeconds(90));

        DeploymentRecord copy = RecordStore.fromJson(RecordStore.toJson(record));

        assertThat(copy).usingRecursiveComparison().isEqualTo(record);
        assertThat(copy.getChanges()).hasSize(1);
        assertThat(copy.getIncidents().get(0).recoveryTime())
                .hasValueSatisfying(time -> assertThat(time.toSeconds()).isEqualTo(30));
        assertThat(RecordStore.toJson(record)).contains("\"startedAt\" : \"2026-11-20T10:00:00Z\"");
    }

    @Test
    void shouldDeriveTheOutcomeFromWhatHappened() {
        DeploymentRecord record = new DeploymentRecord(SHOP, START);
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.SUCCEEDED);

        record.setChecklist(List.of(new ChecklistEntry(
                "coverage", "Coverage", "CODE_QUALITY", "BLOCKING", "FAILED", "line 71% < 80%", Map.of(), List.of())));
        assertThat(record.deriveOutcome()).satisfies(derived -> {
            assertThat(derived.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(derived.reason()).contains("coverage", "71%");
        });

        record.addRollback(new RollbackEvent("TRAFFIC", "validation failed", START, START, true, "verified"));
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.ROLLED_BACK);
    }

    @Test
    void shouldListRecordsAndIgnoreStrayFiles() throws IOException {
        RecordStore store = RecordStore.forBuild(build);
        store.update(new DeploymentKey("shop", "staging"), START, record -> {});
        store.update(SHOP, START, record -> {});
        Files.writeString(build.resolve("deployment-sop/notes.json"), "{}");

        assertThat(store.keys()).extracting(DeploymentKey::id).containsExactly("shop@production", "shop@staging");
    }

    @Test
    void shouldRejectBrokenFilesAndUnknownSchemaVersionsWithTheFileName() throws IOException {
        RecordStore store = RecordStore.forBuild(build);
        Files.createDirectories(build.resolve("deployment-sop"));
        Files.writeString(build.resolve("deployment-sop/shop@production.json"), "{ \"service\": ");

        assertThatThrownBy(() -> store.load(SHOP))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("shop@production.json");

        Files.writeString(build.resolve("deployment-sop/shop@production.json"), "{\"schemaVersion\": 99}");
        assertThatThrownBy(() -> store.load(SHOP)).hasMessageContaining("schema version 99");
    }

    @Test
    void shouldNotLoseUpdatesFromParallelBranches() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int index = i;
            futures.add(pool.submit(() -> RecordStore.forBuild(build)
                    .update(
                            SHOP,
                            START,
                            record -> record.addTimeline(new TimelineEntry(
                                    START, "step", "P" + index, TimelineEntry.Status.INFO, "line")))));
        }
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(RecordStore.forBuild(build).load(SHOP).orElseThrow().getTimeline())
                .hasSize(40);
    }

    @Test
    void shouldValidateKeys() {
        assertThatThrownBy(() -> new DeploymentKey("../etc", "production"))
                .hasMessageContaining("'service'")
                .hasMessageContaining("../etc");
        assertThatThrownBy(() -> new DeploymentKey("shop", "prod/eu")).hasMessageContaining("'environment'");
        assertThat(DeploymentKey.fromId("shop.api@eu-west_1")).isEqualTo(new DeploymentKey("shop.api", "eu-west_1"));
    }
}
