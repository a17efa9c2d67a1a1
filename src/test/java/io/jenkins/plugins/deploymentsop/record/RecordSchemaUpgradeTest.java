package io.jenkins.plugins.deploymentsop.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record file of schema version 1, written when a rollback was one event with the actions in its text, still loads:
 * each old event becomes a numbered rollback of its own with the action {@code ROLLBACK}, its outcome follows from
 * {@code succeeded} and {@code finishedAt}, and the next write stores version 2.
 */
class RecordSchemaUpgradeTest {
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");

    @TempDir
    Path build;

    private static String oldRecord() throws IOException {
        try (InputStream input = RecordSchemaUpgradeTest.class.getResourceAsStream("schema-1-rolled-back.json")) {
            assertThat(input).as("the version 1 fixture").isNotNull();
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private DeploymentRecord loadOldFile() throws IOException {
        Path folder = Files.createDirectories(build.resolve(RecordStore.FOLDER));
        Files.writeString(folder.resolve("shop@production.json"), oldRecord());
        return RecordStore.forBuild(build).load(SHOP).orElseThrow();
    }

    @Test
    void shouldReadEveryOldRollbackAsAWholeRollbackOfItsOwn() throws IOException {
        DeploymentRecord record = loadOldFile();

        assertThat(record.getSchemaVersion()).isEqualTo(DeploymentRecord.SCHEMA_VERSION);
        assertThat(record.getRollbacks())
                .extracting(
                        RollbackEvent::rollback,
                        RollbackEvent::action,
                        RollbackEvent::type,
                        RollbackEvent::outcome,
                        RollbackEvent::succeeded)
                .containsExactly(
                        tuple(1, RollbackEvent.WHOLE_ROLLBACK, "TRAFFIC", "FAILED", false),
                        tuple(2, RollbackEvent.WHOLE_ROLLBACK, "DATABASE", "SUCCEEDED", true));
        assertThat(record.getRollbacks().get(1).detail())
                .startsWith("SWITCH_TRAFFIC_BACK SUCCEEDED in 12ms")
                .endsWith("blue GET http://blue/health: healthy");
        assertThat(record.rollbackRuns()).hasSize(2).last().satisfies(run -> {
            assertThat(run.succeeded()).isTrue();
            assertThat(run.restoredAt()).contains(Instant.parse("2026-10-02T09:13:30Z"));
        });
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record.deriveOutcome().reason()).startsWith("rolled back: error-rate-p0 (P0)");
        assertThat(record.getIncidents().get(0).recoveryTime())
                .hasValueSatisfying(time -> assertThat(time.toSeconds()).isEqualTo(90));
    }

    @Test
    void shouldWriteTheCurrentVersionOnTheNextUpdateAndNumberANewRollbackAfterTheOldOnes() throws IOException {
        loadOldFile();
        RecordStore store = RecordStore.forBuild(build);

        store.update(
                SHOP,
                Instant.now(),
                record -> record.addRollback(new RollbackEvent(
                        "TRAFFIC",
                        "manual rollback by dave",
                        Instant.parse("2026-10-02T09:30:00Z"),
                        Instant.parse("2026-10-02T09:30:01Z"),
                        true,
                        "100% on blue")));

        String written = Files.readString(build.resolve(RecordStore.FOLDER).resolve("shop@production.json"));
        assertThat(written)
                .contains("\"schemaVersion\" : " + DeploymentRecord.SCHEMA_VERSION)
                .contains("\"action\" : \"ROLLBACK\"")
                .contains("\"outcome\" : \"SUCCEEDED\"");
        DeploymentRecord reread = store.load(SHOP).orElseThrow();
        assertThat(reread.getRollbacks()).extracting(RollbackEvent::rollback).containsExactly(1, 2, 3);
        assertThat(RecordStore.fromJson(RecordStore.toJson(reread)))
                .usingRecursiveComparison()
                .isEqualTo(reread);
    }

    @Test
    void shouldDeriveTheOutcomeOfAnOldEventThatNeverFinished() throws IOException {
        DeploymentRecord record = RecordStore.fromJson("{\"schemaVersion\": 1, \"rollbacks\": [{\"type\": \"TRAFFIC\","
                + " \"trigger\": \"errors\", \"startedAt\": \"2026-10-02T09:05:00Z\", \"finishedAt\": null,"
                + " \"succeeded\": false, \"detail\": \"started\"}]}");

        assertThat(record.getRollbacks()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(RollbackEvent.RUNNING);
            assertThat(event.isRunning()).isTrue();
            assertThat(event.rollback()).isEqualTo(1);
        });
        assertThat(record.rollbackRuns().get(0).finishedAt()).isEmpty();
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.FAILED);
    }
}
