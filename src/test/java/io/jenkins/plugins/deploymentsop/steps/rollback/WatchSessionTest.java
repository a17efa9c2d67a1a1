package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploymentsop.metrics.QueryVariable;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.MetricSnapshot;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.Origin;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.rollback.RuleSpec;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackType;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whole watches driven tick by tick against a scripted metric source, a fake router and switchable probes: automatic
 * rollbacks with the incident and verified traffic, manual decisions by a person and by timeout, "no data", spikes
 * shorter than their window, database and full rollbacks, the dry run, the gate and a restart in the middle.
 */
class WatchSessionTest {
    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private static RuleSource pipelineRules(final RuleSpec... specs) {
        RuleSource.Builder source = RuleSource.builder(RuleLayer.PIPELINE, "Pipeline");
        for (RuleSpec spec : specs) {
            source.add(spec);
        }
        return source.build();
    }

    private static RuleSpec spikeRule() {
        return RuleSpec.builder("sustained-errors", Origin.of("Pipeline"))
                .name("error rate")
                .source("sop:error-rate")
                .unit("%")
                .when("> 5%")
                .sustainedFor("2m")
                .severity("P0")
                .action("auto")
                .build();
    }

    @Test
    void shouldNotWatchAReleaseThatAnotherDeploymentPutLiveAfterThisBuildsOwn() throws Exception {
        Harness watch = new Harness(Harness.settings().build()).errorRate(1.0);
        watch.records.record.setLiveColor("blue"); // this build left blue live; the router now serves green

        Next end = watch.next();

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .isEqualTo("shop@production: the router serves green live, but this build's deployment left blue"
                        + " live: another deployment has changed the traffic since, so this build has nothing to watch"
                        + " or roll back");
        assertThat(watch.router.applied).isEmpty();

        Harness same = new Harness(Harness.settings().build()).errorRate(1.0);
        same.records.record.setLiveColor("green"); // this build's own release is what the router serves
        assertThat(same.next().kind()).isEqualTo(Next.Kind.TICK);
    }

    @Test
    void shouldRollBackAtOnceOnAnAutomaticBreachWithVerifiedTrafficAndTheIncident() throws Exception {
        Harness watch = new Harness(Harness.settings().version("2.4.1").build()).errorRate(1.0);

        Next first = watch.next();
        assertThat(first.kind()).isEqualTo(Next.Kind.TICK);
        assertThat(first.delay()).isEqualTo(INTERVAL);

        watch.errorRate(12.5);
        Next end = watch.after(first);

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .startsWith("shop@production rolled back to blue (TRAFFIC): error-rate-p0 (P0)")
                .contains("12.5%")
                .contains("[automatic]")
                .contains("traffic back after 0 ms");
        assertThat(watch.router.applied).containsExactly(TrafficSplit.allOn(Color.BLUE));
        assertThat(watch.router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(watch.blue.attempts)
                .as("blue probed once after the switch, once for the AFTER readings")
                .isEqualTo(2);
        assertThat(watch.session.phase()).isEqualTo(WatchSession.Phase.FINISHED);
        assertThat(watch.prometheus.variables.get(0).get(QueryVariable.COLOR)).contains("green");
        assertThat(watch.prometheus.variables.get(0).get(QueryVariable.VERSION)).contains("2.4.1");

        DeploymentRecord record = watch.records.record;
        assertThat(record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record.getOutcomeReason()).startsWith("rolled back to blue (TRAFFIC): error-rate-p0 (P0)");
        assertThat(watch.records.finished).isEqualTo(1);
        assertThat(record.getLiveColor()).isEqualTo("blue");
        assertThat(record.getPreviousColor()).isEqualTo("green");

        Incident incident = record.getIncidents().get(0);
        assertThat(record.getIncidents()).hasSize(1);
        assertThat(incident.rule()).startsWith("error-rate-p0: error rate > 10%");
        assertThat(incident.severity()).isEqualTo("P0");
        assertThat(incident.valuesSeen()).isEqualTo("12.5%");
        assertThat(incident.detectedAt()).isEqualTo(FakeClock.START.plusSeconds(30));
        assertThat(incident.rolledBackAt()).isEqualTo(FakeClock.START.plusSeconds(30));
        assertThat(incident.restoredAt()).isEqualTo(FakeClock.START.plusSeconds(30));
        assertThat(incident.recoveryTime()).contains(Duration.ZERO);

        assertThat(record.getRollbacks())
                .as("one event per action of the rollback")
                .extracting(RollbackEvent::rollback, RollbackEvent::type, RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(
                        tuple(1, "TRAFFIC", "SWITCH_TRAFFIC_BACK", "SUCCEEDED"),
                        tuple(1, "TRAFFIC", "VERIFY_HEALTH", "SUCCEEDED"));
        assertThat(record.getRollbacks())
                .allSatisfy(action -> assertThat(action.trigger()).startsWith("error-rate-p0 (P0)"))
                .allSatisfy(action -> assertThat(action.finishedAt()).isNotNull());
        assertThat(record.getRollbacks().get(0).detail()).contains("fake router serves blue 100% / green 0% (verified");
        assertThat(record.getRollbacks().get(1).detail()).contains("blue GET http://blue/health: healthy");
        assertThat(record.rollbackRuns()).singleElement().satisfies(run -> {
            assertThat(run.succeeded()).isTrue();
            assertThat(run.restoredAt()).contains(incident.restoredAt());
        });

        TrafficChange change = record.getTraffic().get(0);
        assertThat(change.verified()).isTrue();
        assertThat(change.blueWeight()).isEqualTo(100.0);
        assertThat(change.reason()).isEqualTo("rollback to blue: error-rate-p0");

        assertThat(record.getMetrics())
                .as("labelled by when they were read: green live at the start and at the breach, then blue")
                .extracting(MetricSnapshot::name, MetricSnapshot::moment, MetricSnapshot::label, MetricSnapshot::value)
                .containsExactly(
                        tuple("error rate", MetricSnapshot.Moment.BEFORE, "At watch start", 1.0),
                        tuple("error rate", MetricSnapshot.Moment.AFTER, "At watch end", 12.5),
                        tuple("error rate", MetricSnapshot.Moment.AFTER, "After rollback", 12.5));
        assertThat(watch.records.phases())
                .containsSubsequence(
                        "PLAN",
                        "WATCH_STARTED",
                        "BREACH_STARTED",
                        "BREACH_SUSTAINED",
                        "ROLLBACK_TRIGGERED",
                        "SWITCH_TRAFFIC_BACK",
                        "VERIFY_HEALTH");
        assertThat(watch.log)
                .anyMatch(line -> line.startsWith("[rollbackIfUnhealthy shop@production] latency-p95-p0 is not"
                        + " watched: no metric source binds sop:latency-p95"))
                .anyMatch(line -> line.contains("database-connection is not watched: no health check is named"
                        + " 'database'; give databaseChecks: [...]"));
    }

    @Test
    void shouldNotRollBackForASpikeShorterThanItsWindowButForABreachThatLastsIt() throws Exception {
        Harness spike = new Harness(Harness.settings()
                        .useDefaults(false)
                        .watch(TimeSpan.ofMinutes(10))
                        .build())
                .errorRate(1.0);
        spike.layers.add(pipelineRules(spikeRule()));

        Next next = spike.next();
        spike.errorRate(8.0);
        next = spike.runFor(next, 90); // breaching at 30, 60, 90 s: 60 s of a 2 m window
        spike.errorRate(1.0);
        next = spike.runFor(next, 600);

        assertThat(next.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(next.result())
                .containsEntry("healthy", true)
                .containsEntry("rolledBack", false)
                .containsEntry("liveColor", "green")
                .containsEntry("ticks", 21L)
                .containsEntry("rules", List.of("sustained-errors"));
        assertThat(spike.router.applied).isEmpty();
        assertThat(spike.records.phases()).contains("BREACH_STARTED", "BREACH_ENDED", "WATCH_PASSED");
        assertThat(spike.records.record.getMetrics())
                .extracting(MetricSnapshot::moment, MetricSnapshot::label)
                .containsExactly(
                        tuple(MetricSnapshot.Moment.BEFORE, "At watch start"),
                        tuple(MetricSnapshot.Moment.AFTER, "At watch end"));
        assertThat(spike.records.finished)
                .as("a passed watch leaves the record open")
                .isZero();

        Harness sustained = new Harness(Harness.settings().useDefaults(false).build()).errorRate(1.0);
        sustained.layers.add(pipelineRules(spikeRule()));
        Next first = sustained.next();
        sustained.errorRate(8.0);
        Next end = sustained.runFor(first, 300);

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(sustained.clock.secondsSinceStart())
                .as("sustained 2 minutes after the first breach at 30 s")
                .isEqualTo(150);
        assertThat(sustained.router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(sustained.records.record.getIncidents().get(0).valuesSeen()).contains("8%");
    }

    @Test
    void shouldAskAPersonOnAManualBreachAndKeepTheReleaseWhenTheyDecideSo() throws Exception {
        Harness watch = new Harness(Harness.settings()
                        .watch(TimeSpan.ofMinutes(10))
                        .deciders(List.of("alice"), List.of("sre"))
                        .build())
                .errorRate(7.0);

        Next next = watch.runFor(watch.next(), 120);

        PendingDecision question = watch.session.question().orElseThrow();
        assertThat(question.id())
                .isEqualTo("shop@production:rollback:error-rate-p1:"
                        + FakeClock.START.plusSeconds(120).getEpochSecond());
        assertThat(question.title()).isEqualTo("Roll back shop in production? (P1 error-rate-p1)");
        assertThat(question.details()).contains("Values seen: 7%").contains("rollback applies");
        assertThat(question.choices()).containsExactly("ROLLBACK", "KEEP");
        assertThat(question.defaultChoice()).isEqualTo("ROLLBACK");
        assertThat(question.deadline()).isEqualTo(FakeClock.START.plusSeconds(120 + 300));
        assertThat(question.allowedUsers()).containsExactly("alice");
        assertThat(question.allowedGroups()).containsExactly("sre");
        assertThat(next.kind()).isEqualTo(Next.Kind.TICK);
        assertThat(next.delay()).isEqualTo(INTERVAL);

        watch.session.decide(watch.services, question.id(), "KEEP", "alice", "known slow batch job");

        assertThat(watch.session.question()).isEmpty();
        assertThat(watch.records.record.getApprovals())
                .containsExactly(new Approval(
                        "rollback-rule:error-rate-p1",
                        "KEEP",
                        "alice",
                        "known slow batch job",
                        FakeClock.START.plusSeconds(120)));
        assertThatThrownBy(() -> watch.session.decide(watch.services, question.id(), "ROLLBACK", "bob", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer pending");

        Next end = watch.runFor(next, 600);
        assertThat(end.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(end.result()).containsEntry("healthy", true);
        assertThat((List<?>) end.result().get("decisions"))
                .hasSize(1)
                .first()
                .asString()
                .contains("KEEP error-rate-p1 by alice");
        assertThat(watch.router.applied).isEmpty();
        assertThat(watch.records.phases()).contains("DECISION_REQUESTED", "DECIDED", "WATCH_PASSED");
    }

    @Test
    void shouldOfferRollBackNowForTheWholeWatchAndRollBackOnAPersonsCallWithTheirReason() throws Exception {
        Harness watch = new Harness(Harness.settings()
                        .watch(TimeSpan.ofMinutes(10))
                        .deciders(List.of("alice"), List.of("sre"))
                        .build())
                .errorRate(1.0);
        Next next = watch.runFor(watch.next(), 60);

        PendingDecision standing = watch.session.rollbackNowQuestion().orElseThrow();
        assertThat(watch.session.questions()).containsExactly(standing);
        assertThat(standing.id()).isEqualTo("shop@production:rollback-now");
        assertThat(standing.title()).isEqualTo("Roll back shop in production now?");
        assertThat(standing.details())
                .contains("security vulnerability, data corruption, a critical bug, a stakeholder's request")
                .contains("from green to blue (traffic rollback)")
                .contains("P0 incident");
        assertThat(standing.choices()).containsExactly("ROLLBACK_NOW", "KEEP");
        assertThat(standing.reasonRequiredFor()).containsExactly("ROLLBACK_NOW");
        assertThat(standing.defaultChoice()).isEqualTo("KEEP");
        assertThat(standing.deadline()).isEqualTo(FakeClock.START.plusSeconds(600));
        assertThat(standing.allowedUsers()).containsExactly("alice");
        assertThat(standing.allowedGroups()).containsExactly("sre");

        watch.session.decide(watch.services, standing.id(), "KEEP", "alice", "looked at the dashboards");
        assertThat(watch.records.phases()).contains("KEEP");
        assertThat(watch.records.record.getApprovals()).isEmpty();
        assertThatThrownBy(() -> watch.session.decide(watch.services, standing.id(), "ROLLBACK_NOW", "alice", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment");

        watch.clock.advance(Duration.ofSeconds(5));
        watch.session.decide(watch.services, standing.id(), "ROLLBACK_NOW", "alice", "CVE-2026-1234 in checkout");
        assertThat(watch.router.applied).as("traffic moves on the next tick").isEmpty();
        Next end = watch.next();

        assertThat(next.kind()).isEqualTo(Next.Kind.TICK);
        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .startsWith("shop@production rolled back to blue (TRAFFIC): manual (P0) rollback started by alice:"
                        + " CVE-2026-1234 in checkout");
        assertThat(watch.router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        Incident incident = watch.records.record.getIncidents().get(0);
        assertThat(incident.rule()).isEqualTo("manual: manual rollback: CVE-2026-1234 in checkout");
        assertThat(incident.severity()).isEqualTo("P0");
        assertThat(incident.valuesSeen()).isEqualTo("rollback started by alice: CVE-2026-1234 in checkout");
        assertThat(incident.detectedAt()).isEqualTo(FakeClock.START.plusSeconds(65));
        assertThat(watch.records.record.getApprovals())
                .containsExactly(new Approval(
                        "rollback-rule:manual",
                        "ROLLBACK",
                        "alice",
                        "CVE-2026-1234 in checkout",
                        FakeClock.START.plusSeconds(65)));
        assertThat(watch.records.record.getRollbacks())
                .allSatisfy(action -> assertThat(action.trigger()).startsWith("manual (P0)"));
        assertThat(watch.session.questions())
                .as("nothing is offered once the rollback runs")
                .isEmpty();
    }

    @Test
    void shouldShowBothTheManualRulesQuestionAndRollBackNowWhileAPersonIsAsked() throws Exception {
        Harness watch =
                new Harness(Harness.settings().watch(TimeSpan.ofMinutes(3)).build()).errorRate(7.0);
        watch.runFor(watch.next(), 120);

        PendingDecision ruleQuestion = watch.session.question().orElseThrow();
        assertThat(watch.session.questions())
                .extracting(PendingDecision::id)
                .containsExactly(ruleQuestion.id(), "shop@production:rollback-now");
        assertThat(watch.session.rollbackNowQuestion().orElseThrow().deadline())
                .as("offered as long as the decision beyond the 3-minute window is waited for")
                .isEqualTo(ruleQuestion.deadline())
                .isEqualTo(FakeClock.START.plusSeconds(120 + 300));

        watch.session.decide(watch.services, "shop@production:rollback-now", "ROLLBACK_NOW", "bob", "data corruption");
        Next end = watch.next();

        assertThat(end.failure()).contains("manual (P0) rollback started by bob: data corruption");
        assertThat(watch.records.phases()).contains("DECISION_SUPERSEDED", "ROLLBACK_TRIGGERED");
    }

    @Test
    void shouldWatchTheRestoredVersionAfterTheRollbackAndSayItStayedHealthy() throws Exception {
        Harness watch = new Harness(Harness.settings()
                        .watchAfterRollback(TimeSpan.ofMinutes(5))
                        .build())
                .errorRate(1.0);
        watch.prometheus.set(Harness.ERROR_RATE, "blue", 0.4);
        Next first = watch.next();
        watch.errorRate(12.5);

        Next watching = watch.after(first);

        assertThat(watching.kind()).as("the restored version is watched now").isEqualTo(Next.Kind.TICK);
        assertThat(watch.session.phase()).isEqualTo(WatchSession.Phase.WATCHING_RESTORED);
        assertThat(watch.session.status()).startsWith("watching shop@production after the rollback: WATCHING");
        assertThat(watch.session.questions()).isEmpty();
        assertThat(watch.records.finished)
                .as("the record stays open while watching")
                .isZero();
        assertThat(watch.records.record.getIncidents().get(0).restoredAt()).isNotNull();

        Next end = watch.runFor(watching, 600);

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(watch.clock.secondsSinceStart()).isEqualTo(30 + 300);
        assertThat(end.failure())
                .startsWith("shop@production rolled back to blue (TRAFFIC): error-rate-p0 (P0)")
                .endsWith("; blue stayed healthy for 5m after the rollback");
        assertThat(watch.records.finished).isEqualTo(1);
        assertThat(watch.records.record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(watch.records.record.getIncidents()).hasSize(1);
        assertThat(watch.records.record.getTimeline())
                .filteredOn(entry -> entry.phase().equals("WATCH_PASSED"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message())
                        .startsWith("the restored version stayed healthy: no sustained breach after 11 tick(s)"));
        assertThat(watch.records.record.getMetrics())
                .filteredOn(snapshot -> snapshot.label().equals("After rollback"))
                .singleElement()
                .satisfies(snapshot -> {
                    assertThat(snapshot.value())
                            .as("blue's reading at the end of its watch")
                            .isEqualTo(0.4);
                    assertThat(snapshot.at()).isEqualTo(FakeClock.START.plusSeconds(330));
                });
    }

    @Test
    void shouldRecordAnUnhealthyRestoredVersionAsAnOpenIncidentAndFailWithTheReason() throws Exception {
        Harness watch = new Harness(Harness.settings()
                        .watchAfterRollback(TimeSpan.ofMinutes(10))
                        .build())
                .errorRate(12.5);
        watch.prometheus.set(Harness.ERROR_RATE, "blue", 0.4);
        Next watching = watch.next();
        watching = watch.runFor(watching, 60);
        watch.blue.healthy = false;

        Next end = watch.runFor(watching, 600);

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(watch.clock.secondsSinceStart())
                .as("three failed health checks of blue, 30 s apart")
                .isEqualTo(150);
        assertThat(end.failure())
                .startsWith("shop@production rolled back to blue (TRAFFIC): error-rate-p0 (P0)")
                .contains("; then blue was unhealthy too: health-check (P0)")
                .endsWith("; there is no earlier version to roll back to");
        assertThat(watch.records.record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(watch.records.record.getOutcomeReason()).contains("then blue was unhealthy too");
        assertThat(watch.records.finished).isEqualTo(1);
        assertThat(watch.records.record.getIncidents()).hasSize(2);
        Incident restored = watch.records.record.getIncidents().get(1);
        assertThat(restored.id()).startsWith("restored-unhealthy-health-check-");
        assertThat(restored.rule()).startsWith("after the rollback to blue: health-check: application health");
        assertThat(restored.restoredAt()).as("nothing restored it").isNull();
        assertThat(restored.rolledBackAt()).isNull();
        assertThat(watch.records.record.getTimeline())
                .filteredOn(entry -> entry.phase().equals("RESTORED_UNHEALTHY"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(TimelineEntry.Status.FAILED));
        assertThat(watch.router.applied).as("no second switch").hasSize(1);
    }

    @Test
    void shouldRollBackWhenAPersonDecidesSoAndRecordWhoDid() throws Exception {
        Harness watch = new Harness(Harness.settings().build()).errorRate(7.0);
        Next next = watch.runFor(watch.next(), 120);
        PendingDecision question = watch.session.question().orElseThrow();

        watch.clock.advance(Duration.ofSeconds(10));
        watch.session.decide(watch.services, question.id(), "rollback", "bob", "customers complain");
        Next end = watch.next();

        assertThat(next.kind()).isEqualTo(Next.Kind.TICK);
        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure()).contains("error-rate-p1 (P1)").contains("[decided by bob: customers complain]");
        Incident incident = watch.records.record.getIncidents().get(0);
        assertThat(incident.detectedAt())
                .as("detected when sustained, not when decided")
                .isEqualTo(FakeClock.START.plusSeconds(120));
        assertThat(incident.rolledBackAt()).isEqualTo(FakeClock.START.plusSeconds(130));
        assertThat(incident.recoveryTime()).contains(Duration.ofSeconds(10));
        assertThat(watch.records.record.getApprovals())
                .extracting(Approval::decision, Approval::userId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ROLLBACK", "bob"));
        assertThat(watch.router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
    }

    @Test
    void shouldApplyTheRulesDefaultWhenNobodyDecidesInTime() throws Exception {
        Harness watch = new Harness(Harness.settings().build()).errorRate(7.0);

        Next end = watch.runFor(watch.next(), 120 + 300 + 60);

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(watch.clock.secondsSinceStart())
                .as("the tick at the deadline")
                .isEqualTo(420);
        assertThat(end.failure()).contains("[no decision in time, default rollback]");
        assertThat(watch.records.record.getApprovals())
                .extracting(Approval::decision, Approval::userId, Approval::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ROLLBACK", "SYSTEM", "no decision within the timeout"));
        assertThat(watch.records.phases()).contains("DECISION_REQUESTED", "DECISION_TIMED_OUT", "SWITCH_TRAFFIC_BACK");
        assertThat(watch.session.question()).isEmpty();
    }

    @Test
    void shouldReportMissingDataAndApplyTheNoDataPolicy() throws Exception {
        Harness ignoring =
                new Harness(Harness.settings().watch(TimeSpan.ofMinutes(2)).build());
        ignoring.prometheus.error = "connection refused: 127.0.0.1:9090";

        Next passed = ignoring.runFor(ignoring.next(), 120);

        assertThat(passed.kind())
                .as("a metric that cannot be read says nothing, by default")
                .isEqualTo(Next.Kind.SUCCEED);
        List<TimelineEntry> noData = ignoring.records.record.getTimeline().stream()
                .filter(entry -> entry.phase().equals("NO_DATA"))
                .toList();
        assertThat(noData).isNotEmpty();
        assertThat(noData.get(0).message())
                .contains("connection refused: 127.0.0.1:9090")
                .contains("ignore");
        assertThat(ignoring.records.record.getMetrics())
                .as("no value, no snapshot")
                .isEmpty();

        Harness breaching = new Harness(Harness.settings().build());
        breaching.prometheus.error = "connection refused: 127.0.0.1:9090";
        breaching.layers.add(RuleSource.builder(RuleLayer.PIPELINE, "Pipeline")
                .noDataForMetrics(NoDataPolicy.TREAT_AS_BREACH)
                .build());

        Next end = breaching.next();

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure()).contains("error-rate-p0 (P0)");
        assertThat(breaching.records.record.getIncidents().get(0).valuesSeen()).contains("no data");
    }

    @Test
    void shouldRestoreTheDatabaseWithTheBodyAfterTheTrafficIsBack() throws Exception {
        Harness watch = new Harness(Harness.settings().body(true).build()).errorRate(15.0);

        Next body = watch.next();

        assertThat(body.kind()).isEqualTo(Next.Kind.RUN_BODY);
        assertThat(watch.router.served).as("traffic goes back first").isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(watch.next().kind())
                .as("a tick while the body runs waits for it")
                .isEqualTo(Next.Kind.AWAIT_BODY);
        assertThat(watch.records.record.getRollbacks())
                .extracting(RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(tuple("SWITCH_TRAFFIC_BACK", "SUCCEEDED"), tuple("RESTORE_DATABASE", "RUNNING"));
        RollbackEvent running = watch.records.record.getRollbacks().get(1);
        assertThat(running.startedAt()).isEqualTo(FakeClock.START);
        assertThat(running.finishedAt()).isNull();
        assertThat(watch.records.record.rollbackRuns().get(0).isRunning()).isTrue();

        assertThat(watch.records.record.getIncidents())
                .as("the incident is recorded with the traffic switch, while the database is restored")
                .singleElement()
                .satisfies(incident -> {
                    assertThat(incident.rolledBackAt()).isEqualTo(FakeClock.START);
                    assertThat(incident.restoredAt()).isNull();
                });
        assertThat(watch.records.record.getTraffic()).singleElement().satisfies(change -> assertThat(change.verified())
                .isTrue());

        watch.clock.advance(Duration.ofSeconds(40));
        watch.session.bodyFinished(watch.services, Optional.empty());
        Next end = watch.next();

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure()).contains("rolled back to blue (DATABASE)");
        assertThat(watch.records.record.getRollbacks())
                .extracting(RollbackEvent::rollback, RollbackEvent::type, RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(
                        tuple(1, "DATABASE", "SWITCH_TRAFFIC_BACK", "SUCCEEDED"),
                        tuple(1, "DATABASE", "RESTORE_DATABASE", "SUCCEEDED"),
                        tuple(1, "DATABASE", "VERIFY_HEALTH", "SUCCEEDED"));
        RollbackEvent restore = watch.records.record.getRollbacks().get(1);
        assertThat(restore.detail()).isEqualTo("the body (database restore) succeeded");
        assertThat(restore.startedAt()).isEqualTo(FakeClock.START);
        assertThat(restore.finishedAt()).isEqualTo(FakeClock.START.plusSeconds(40));
        Incident incident = watch.records.record.getIncidents().get(0);
        assertThat(incident.rolledBackAt()).isEqualTo(FakeClock.START);
        assertThat(incident.restoredAt()).as("healthy after the restore").isEqualTo(FakeClock.START.plusSeconds(40));
    }

    @Test
    void shouldStopAFailedRollbackAtTheFailedActionAndSayItFailed() throws Exception {
        Harness watch = new Harness(Harness.settings().body(true).build()).errorRate(15.0);
        watch.next();

        watch.session.bodyFinished(watch.services, Optional.of("script returned exit code 3"));
        Next end = watch.next();

        assertThat(end.failure())
                .contains("the rollback FAILED (RESTORE_DATABASE: the body failed: script returned exit code 3)");
        assertThat(watch.records.record.getOutcome()).isEqualTo(Outcome.FAILED);
        assertThat(watch.records.record.getRollbacks())
                .extracting(RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(
                        tuple("SWITCH_TRAFFIC_BACK", "SUCCEEDED"),
                        tuple("RESTORE_DATABASE", "FAILED"),
                        tuple("VERIFY_HEALTH", "SKIPPED"));
        assertThat(watch.records.record.rollbackRuns().get(0).restoredAt()).isEmpty();
        assertThat(watch.records.record.getIncidents().get(0).restoredAt()).isNull();

        Harness refused = new Harness(Harness.settings().build()).errorRate(15.0);
        refused.router.rejectApply = true;
        Next refusedEnd = refused.next();
        assertThat(refusedEnd.failure()).contains("the rollback FAILED (SWITCH_TRAFFIC_BACK: the switch to blue 100%");
        assertThat(refused.records.record.getIncidents().get(0).rolledBackAt()).isNull();
    }

    @Test
    void shouldSwitchTrafficBeforeWritingTheIncidentAndTheTrafficChange() throws Exception {
        Harness watch = new Harness(Harness.settings().build());
        watch.next(); // the watch starts: plan, baseline
        watch.errorRate(15.0);
        List<Integer> switchesSeenByWrites = new ArrayList<>();
        DeploymentRecords counting = new DeploymentRecords() {
            @Override
            public void update(final java.util.function.Consumer<DeploymentRecord> change) {
                switchesSeenByWrites.add(watch.router.applied.size());
                watch.records.update(change);
            }

            @Override
            public void finish(final Outcome outcome, final String reason, final java.time.Instant at) {
                watch.records.finish(outcome, reason, at);
            }
        };
        WatchServices services = new WatchServices(
                watch.services.router(),
                watch.services.signals(),
                watch.services.health(),
                watch.services.commands(),
                watch.services.rules(),
                counting,
                watch.services.log(),
                watch.services.clock());
        watch.clock.advance(Duration.ofSeconds(30));

        Next end = watch.session.next(services);

        assertThat(end.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(switchesSeenByWrites)
                .as("one write of the breach's events, then the switch, then everything else")
                .startsWith(0, 1)
                .filteredOn(switches -> switches == 0)
                .hasSize(1);
        assertThat(watch.records.record.getTraffic()).hasSize(1);
        assertThat(watch.records.record.getIncidents()).hasSize(1);
    }

    @Test
    void shouldRunRestoreAndDestroyCommandsOfAFullRollbackOnTheAgent() throws Exception {
        Harness watch = new Harness(Harness.settings()
                        .type(RollbackType.FULL)
                        .restoreCommand("./restore-db.sh latest")
                        .destroyCommand("terraform destroy -auto-approve -target=module.green")
                        .build())
                .errorRate(15.0);

        Next end = watch.next();

        assertThat(end.failure()).contains("rolled back to blue (FULL)");
        assertThat(watch.commands.commands)
                .containsExactly(
                        List.of("./restore-db.sh latest"),
                        List.of("terraform destroy -auto-approve -target=module.green"));
        assertThat(watch.commands.environments.get(1))
                .containsEntry("DEPLOY_COLOR", "blue")
                .containsEntry("DEPLOY_FAILED_COLOR", "green")
                .containsEntry("DEPLOY_SERVICE", "shop");
        assertThat(watch.records.phases())
                .containsSubsequence(
                        "SWITCH_TRAFFIC_BACK", "RESTORE_DATABASE", "VERIFY_HEALTH", "DESTROY_FAILED_ENVIRONMENT");
        assertThat(watch.records.record.getRollbacks())
                .as("traffic, database, health and destroy, each with its own outcome and detail")
                .extracting(RollbackEvent::rollback, RollbackEvent::type, RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(
                        tuple(1, "FULL", "SWITCH_TRAFFIC_BACK", "SUCCEEDED"),
                        tuple(1, "FULL", "RESTORE_DATABASE", "SUCCEEDED"),
                        tuple(1, "FULL", "VERIFY_HEALTH", "SUCCEEDED"),
                        tuple(1, "FULL", "DESTROY_FAILED_ENVIRONMENT", "SUCCEEDED"));
        assertThat(watch.records.record.getRollbacks().get(1).detail()).startsWith("`./restore-db.sh latest` exited 0");
        assertThat(watch.records.record.getRollbacks().get(3).detail())
                .startsWith("`terraform destroy -auto-approve -target=module.green` exited 0");
    }

    @Test
    void shouldDryRunTheRollbackWithoutChangingAnything() throws Exception {
        Harness dry = new Harness(Harness.settings()
                .dryRun(true)
                .restoreCommand("./restore-db.sh")
                .build());

        Next passed = dry.next();

        assertThat(passed.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(passed.result())
                .containsEntry("dryRun", true)
                .containsEntry("passed", true)
                .containsEntry("type", "DATABASE")
                .containsEntry(
                        "checks",
                        Map.of(
                                "router reachable", "PASSED",
                                "previous version healthy", "PASSED",
                                "restore command exists", "PASSED"));
        assertThat(dry.router.applied).isEmpty();
        assertThat(dry.prometheus.asked).isEmpty();
        assertThat(dry.commands.commands).hasSize(1);
        assertThat(dry.commands.commands.get(0)).startsWith("sh", "-c").endsWith("./restore-db.sh");
        assertThat(dry.records.record.getChecklist()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("rollback-dry-run");
            assertThat(entry.status()).isEqualTo("PASSED");
        });
        assertThat(dry.records.phases()).containsOnly("ROLLBACK_DRY_RUN");

        Harness unhealthy = new Harness(Harness.settings().dryRun(true).build());
        unhealthy.blue.healthy = false;
        Next failed = unhealthy.next();
        assertThat(failed.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(failed.failure())
                .startsWith("shop@production: TRAFFIC rollback dry run failed: 1 passed, 1 failed")
                .contains("previous version healthy (blue 1 of 1 probes unhealthy");
        assertThat(unhealthy.records.record.getChecklist().get(0).status()).isEqualTo("FAILED");
    }

    @Test
    void shouldJudgeOnceAsAGate() throws Exception {
        Harness healthy = new Harness(Harness.settings().watch(TimeSpan.ZERO).build()).errorRate(1.0);
        Next passed = healthy.next();
        assertThat(passed.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(passed.result()).containsEntry("ticks", 1L);

        Harness breached = new Harness(Harness.settings().watch(TimeSpan.ZERO).build()).errorRate(7.0);
        Next asking = breached.next();
        assertThat(asking.kind())
                .as("a gate still asks a person for a manual rule")
                .isEqualTo(Next.Kind.TICK);
        assertThat(breached.session.question()).isPresent();
    }

    @Test
    void shouldFailWithoutWatchingWhenTheRouterCannotBeReadOrServesAMixedSplit() throws Exception {
        Harness unreachable = new Harness(Harness.settings().build());
        unreachable.router.unreachable = true;
        Next end = unreachable.next();
        assertThat(end.failure())
                .isEqualTo(
                        "shop@production: cannot read the router: cannot reach the fake socket; nothing was changed");
        assertThat(unreachable.records.record.getTimeline().get(0).status()).isEqualTo(TimelineEntry.Status.FAILED);

        Harness mixed = new Harness(Harness.settings().build());
        mixed.router.served = TrafficSplit.of(90, 10);
        assertThat(mixed.next().failure())
                .contains("Invalid value for 'previousColor'")
                .contains("the router serves a mixed split (blue 90% / green 10%)");

        Harness given = new Harness(Harness.settings().previousColor(Color.BLUE).build()).errorRate(15.0);
        given.router.served = TrafficSplit.of(90, 10);
        assertThat(given.next().failure()).contains("rolled back to blue");
    }

    @Test
    void shouldContinueTheWindowAfterARestart() throws Exception {
        Harness before = new Harness(Harness.settings().build()).errorRate(7.0);
        Next next = before.runFor(before.next(), 60);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(before.session);
        }
        WatchSession restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (WatchSession) in.readObject();
        }
        WatchServices services = before.services(restored);
        restored.resume(services);
        before.clock.advance(next.delay());
        Next after = restored.next(services);
        for (int i = 0; i < 10 && restored.question().isEmpty(); i++) {
            before.clock.advance(after.delay());
            after = restored.next(services);
        }

        assertThat(restored.question()).isPresent();
        assertThat(before.clock.secondsSinceStart())
                .as("the 2-minute window kept its start")
                .isEqualTo(120);
    }
}
