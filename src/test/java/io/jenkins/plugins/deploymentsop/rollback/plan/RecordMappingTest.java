package io.jenkins.plugins.deploymentsop.rollback.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.RollbackRun;
import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.watch.Baseline;
import io.jenkins.plugins.deploymentsop.rollback.watch.Observation;
import io.jenkins.plugins.deploymentsop.rollback.watch.Observations;
import io.jenkins.plugins.deploymentsop.rollback.watch.RollbackWatcher;
import io.jenkins.plugins.deploymentsop.rollback.watch.RuleDecision;
import io.jenkins.plugins.deploymentsop.rollback.watch.TickResult;
import io.jenkins.plugins.deploymentsop.rollback.watch.Trigger;
import io.jenkins.plugins.deploymentsop.rollback.watch.WatchEvent;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordMappingTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final DeploymentKey KEY = new DeploymentKey("shop", "production");

    private final List<WatchEvent> events = new ArrayList<>();

    private static Observations readings(final double errorRate) {
        return Observations.builder()
                .value("sop:error-rate", errorRate)
                .put("health:application", Observation.probe(true, "HTTP 200"))
                .put("health:database", Observation.probe(true, "connected"))
                .build();
    }

    /** Watches the defaults with a P1 breach that a person decides to roll back after 3 minutes. */
    private Trigger manualRollback() {
        RollbackWatcher watcher = RollbackWatcher.start(
                RuleSet.defaults(), TimeSpan.ofMinutes(30), Baseline.empty(), Clock.fixed(T0, ZoneOffset.UTC));
        for (int second = 0; second <= 120; second += 30) {
            watcher.resume(Clock.fixed(T0.plusSeconds(second), ZoneOffset.UTC));
            events.addAll(watcher.tick(readings(6.5)).events());
        }
        TickResult decided = watcher.decide(Choice.ROLLBACK, "alice", "checkout errors", T0.plusSeconds(300));
        events.addAll(decided.events());
        return decided.decision().trigger().orElseThrow();
    }

    @Test
    void shouldMapTheIncidentWithItsRecoveryTimeInputs() {
        Trigger trigger = manualRollback();
        RollbackProgress progress = new RollbackProgress(RollbackPlan.traffic(), trigger.summary());
        progress.begin(T0.plusSeconds(300));
        progress.complete(true, "blue 100% (verified)", T0.plusSeconds(300).plusMillis(14));

        IncidentSummary opened = IncidentSummary.of(trigger);
        assertThat(opened.recoveryTime()).isEmpty();
        IncidentSummary rolledBack = opened.withProgress(progress);
        assertThat(rolledBack.timeToRollback()).contains(Duration.ofSeconds(180).plusMillis(14));
        assertThat(rolledBack.restoredAt()).isEmpty();
        progress.begin(T0.plusSeconds(301));
        progress.complete(true, "HTTP 200", T0.plusSeconds(310));

        Incident incident = rolledBack.withProgress(progress).toRecord();

        assertThat(incident.id())
                .isEqualTo("rollback-error-rate-p1-" + T0.plusSeconds(120).getEpochSecond());
        assertThat(incident.rule())
                .isEqualTo("error-rate-p1: error rate > 5% for 2m → P1, manual within 5m, then rollback");
        assertThat(incident.severity()).isEqualTo("P1");
        assertThat(incident.valuesSeen()).isEqualTo("6.5%, 6.5%, 6.5%, 6.5%, 6.5%");
        assertThat(incident.detectedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(incident.rolledBackAt()).isEqualTo(T0.plusSeconds(300).plusMillis(14));
        assertThat(incident.restoredAt()).isEqualTo(T0.plusSeconds(310));
        assertThat(incident.recoveryTime()).contains(Duration.ofSeconds(190));
        assertThat(opened.restoredAt(T0.plusSeconds(400)).recoveryTime()).contains(Duration.ofSeconds(280));
    }

    @Test
    void shouldMapAPersonInitiatedRollbackWithItsReasonAsValues() {
        RollbackWatcher watcher = RollbackWatcher.start(
                RuleSet.defaults(), TimeSpan.ofMinutes(30), Baseline.empty(), Clock.fixed(T0, ZoneOffset.UTC));
        Trigger trigger = watcher.rollbackByPerson("dave", "data corruption in orders", Severity.P0, T0)
                .decision()
                .trigger()
                .orElseThrow();

        Incident incident = IncidentSummary.of(trigger).toRecord("incident-1");

        assertThat(incident.rule()).isEqualTo("manual: manual rollback: data corruption in orders");
        assertThat(incident.valuesSeen()).isEqualTo("rollback started by dave: data corruption in orders");
        assertThat(incident.severity()).isEqualTo("P0");
    }

    @Test
    void shouldWriteEverythingIntoARecordThatSurvivesItsJsonFile(@TempDir final Path build)
            throws IOException, InterruptedException {
        Trigger trigger = manualRollback();
        RollbackProgress progress = RollbackRunner.run(
                new RollbackProgress(RollbackPlan.traffic(), trigger.summary()),
                action -> ActionReport.success(action.kind() + " verified"),
                Clock.fixed(T0.plusSeconds(301), ZoneOffset.UTC));
        IncidentSummary incident = IncidentSummary.of(trigger).withProgress(progress);
        RuleDecision kept = keptByBob();
        RecordStore store = RecordStore.forBuild(build);

        store.update(KEY, T0, record -> {
            events.forEach(event -> record.addTimeline(event.toTimelineEntry()));
            record.addApproval(kept.toApproval());
            progress.toRecords(record.nextRollbackNumber()).forEach(record::putRollbackAction);
            record.putIncident(incident.toRecord());
        });
        DeploymentRecord loaded = store.load(KEY).orElseThrow();

        assertThat(loaded.getIncidents()).containsExactly(incident.toRecord());
        assertThat(loaded.getIncidents().get(0).recoveryTime()).contains(Duration.ofSeconds(181));
        assertThat(loaded.getRollbacks())
                .extracting(
                        RollbackEvent::rollback, RollbackEvent::action, RollbackEvent::succeeded, RollbackEvent::detail)
                .containsExactly(
                        tuple(1, "SWITCH_TRAFFIC_BACK", true, "SWITCH_TRAFFIC_BACK verified"),
                        tuple(1, "VERIFY_HEALTH", true, "VERIFY_HEALTH verified"));
        RollbackRun rollback = loaded.rollbackRuns().get(0);
        assertThat(loaded.rollbackRuns()).hasSize(1);
        assertThat(rollback.type()).isEqualTo("TRAFFIC");
        assertThat(rollback.succeeded()).isTrue();
        assertThat(rollback.trigger()).startsWith("error-rate-p1 (P1)").endsWith("[decided by alice: checkout errors]");
        assertThat(rollback.restoredAt()).contains(loaded.getIncidents().get(0).restoredAt());
        assertThat(loaded.getTimeline()).hasSize(events.size());
        assertThat(loaded.deriveOutcome().outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(loaded.getApprovals())
                .containsExactly(
                        new Approval("rollback-rule:error-rate-p1", "KEEP", "bob", "noise", T0.plusSeconds(5)));
    }

    /** A gate on the defaults whose P1 breach bob keeps. */
    private static RuleDecision keptByBob() {
        RollbackWatcher gate = RollbackWatcher.start(
                RuleSet.defaults(), TimeSpan.ZERO, Baseline.empty(), Clock.fixed(T0, ZoneOffset.UTC));
        gate.tick(readings(7));
        gate.decide(Choice.KEEP, "bob", "noise", T0.plusSeconds(5));
        return gate.decisions().get(0);
    }
}
