package io.jenkins.plugins.deploymentsop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.RecordEvents;
import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.report.dora.DoraText;
import io.jenkins.plugins.deploymentsop.steps.StepEnd;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SOP end to end on real servers: three builds of one release job play preDeployChecklist, blueGreenDeploy with
 * canaryPromote in its block, rollbackIfUnhealthy and deploymentReport through the steps' own glue, against a real
 * nginx (dynamic mode) in front of a blue and a green environment, a real Prometheus scraping them, and users sending
 * requests all along ({@link ThreeReleases}). Jenkins itself is replaced where it cannot run ({@link FakeJenkins}).
 *
 * <p>Afterwards the deployment records, the report tab of each build and the job's DORA page must show exactly what
 * happened: a healthy release promoted and kept, a regressing canary stopped at its first step, a release rolled back
 * by the SOP's P0 rule after promotion with its recovery time, and a change failure rate of 2 in 3. The scenario runs
 * once (about 80 s); each test reads one aspect of what it left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopEndToEndITest {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final List<String> STEPS_OF_THE_CANARY = List.of(
            "canary 10% (step 1 of 4)",
            "canary 25% (step 2 of 4)", "canary 50% (step 3 of 4)", "canary 100% (step 4 of 4)");

    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    private ScenarioResult result;

    @BeforeAll
    void playThreeReleases(@TempDir final Path dir) throws Exception {
        result = ThreeReleases.play(dir, new Progress() {
            @Override
            public void phase(final String text) {
                progress.add(text);
                System.out.println("[e2e] " + text);
            }

            @Override
            public void log(final int build, final String line) {
                progress.add("    #" + build + " " + line);
            }
        });
    }

    private String story() {
        return String.join("\n", progress);
    }

    private static String utc(final Instant instant) {
        return UTC.format(instant);
    }

    private static void assertTimesWithinTheBuild(final BuildResult build) {
        DeploymentRecord record = build.record();
        assertThat(record.getStartedAt()).isBetween(build.started(), build.ended());
        assertThat(record.getFinishedAt()).isBetween(record.getStartedAt(), build.ended());
    }

    private static List<String> canaryWeightsOfGreen(final DeploymentRecord record, final Color canary) {
        return record.getTraffic().stream()
                .filter(change -> change.reason().startsWith("canary"))
                .filter(TrafficChange::verified)
                .map(change -> canary == Color.GREEN ? change.greenWeight() : change.blueWeight())
                .map(weight -> String.valueOf(Math.round(weight)))
                .toList();
    }

    private static MetricVerdict metric(final AnalysisVerdict verdict, final String name) {
        return verdict.metrics().stream()
                .filter(metric -> metric.metric().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in " + verdict));
    }

    @Test
    void shouldSignOffEveryChecklistOnTheDecisionsPageAndLeaveNoQuestionOpen() {
        for (BuildResult build : result.builds()) {
            assertThat(build.checklist().succeeded()).as(story()).isTrue();
            DeploymentRecord record = build.record();
            assertThat(record.getChecklist())
                    .as("build #%d", build.number())
                    .hasSize(10)
                    .allSatisfy(item -> assertThat(item.status()).isEqualTo("PASSED"));
            assertThat(record.getChecklist())
                    .filteredOn(item -> item.id().equals("release-manager"))
                    .singleElement()
                    .satisfies(item -> assertThat(item.evidence()).startsWith("confirmed by alice at "));
            assertThat(record.getApprovals())
                    .filteredOn(approval -> approval.itemId().equals("release-manager"))
                    .singleElement()
                    .satisfies(approval -> {
                        assertThat(approval.decision()).isEqualTo("CONFIRM");
                        assertThat(approval.userId()).isEqualTo(ReleasePipeline.RELEASE_MANAGER);
                        assertThat(approval.at()).isBetween(build.started(), build.ended());
                    });
            assertThat(DecisionRegistry.pending(FakeJenkins.JOB + "#" + build.number()))
                    .isEmpty();
        }
    }

    @Test
    void shouldPromoteTheHealthyReleaseStepByStepAndKeepItThroughTheWatch() {
        BuildResult build = result.build(1);
        DeploymentRecord record = build.record();

        assertThat(build.canary().orElseThrow().result())
                .as(story())
                .containsEntry("phase", "PROMOTED")
                .containsEntry("canaryColor", "green")
                .containsEntry("stableColor", "blue");
        assertThat(build.blueGreen().orElseThrow().result())
                .containsEntry("liveColor", "green")
                .containsEntry("previousColor", "blue");
        assertThat(build.watch().orElseThrow().result())
                .containsEntry("healthy", true)
                .containsEntry("rolledBack", false);
        assertThat(build.report()).containsEntry("outcome", "SUCCEEDED");

        assertThat(record.getOutcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(record.getVersion()).isEqualTo("1.2.0");
        assertThat(record.getLiveColor()).isEqualTo("green");
        assertThat(record.getVerdicts())
                .extracting(AnalysisVerdict::stage)
                .containsExactlyElementsOf(STEPS_OF_THE_CANARY);
        assertThat(record.getVerdicts()).extracting(AnalysisVerdict::verdict).containsOnly("PASS");
        assertThat(canaryWeightsOfGreen(record, Color.GREEN)).containsExactly("10", "25", "50", "100");
        // judged from what Prometheus saw of the routed traffic: the canary's share follows the weight
        assertThat(shareOfCanary(record.getVerdicts().get(0))).isCloseTo(0.10, within(0.07));
        assertThat(shareOfCanary(record.getVerdicts().get(2))).isCloseTo(0.50, within(0.15));
        assertThat(record.getApprovals())
                .extracting(Approval::itemId, Approval::decision, Approval::userId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("release-manager", "CONFIRM", "alice"),
                        org.assertj.core.groups.Tuple.tuple("canary-step-4-gate", "PROMOTE", "bob"));
        assertThat(record.getRollbacks()).isEmpty();
        assertThat(record.getIncidents()).isEmpty();
        assertTimesWithinTheBuild(build);
        assertThat(record.duration(Instant.now()))
                .as("four bake times of 5 s and the watch")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20).plus(ThreeReleases.WATCH));
        assertThat(build.servedAfter()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(build.sampleAfter().blue())
                .as(build.sampleAfter().toString())
                .isZero();
        assertCanaryWithinBlueGreenDeploy(build);
        assertThat(build.log())
                .as("the gated 100% is announced once, when it is set")
                .filteredOn(line -> line.contains("SETTING_WEIGHT: route blue 0% / green 100%"))
                .hasSize(1);
    }

    /** The canary ran in blueGreenDeploy's block: it shared its lock and added its steps to its deployment. */
    private static void assertCanaryWithinBlueGreenDeploy(final BuildResult build) {
        DeploymentRecord record = build.record();
        assertThat(record.getStrategy()).isEqualTo(Strategy.BLUE_GREEN);
        assertThat(record.getTimeline())
                .filteredOn(entry ->
                        entry.step().equals("canaryPromote") && entry.phase().equals("PLAN"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message())
                        .startsWith("canary steps within the blue-green deployment of this build: "));
        assertThat(build.log())
                .anyMatch(line -> line.startsWith("[canaryPromote shop@production] runs inside a step of this build"
                        + " that holds the deployment lock of shop@production"))
                .noneMatch(line -> line.contains("waiting for the deployment lock"));
    }

    private static double shareOfCanary(final AnalysisVerdict verdict) {
        MetricVerdict errors = metric(verdict, "errors");
        double canary = errors.numbers().get("canarySamples");
        double stable = errors.numbers().get("baselineSamples");
        return canary / (canary + stable);
    }

    @Test
    void shouldStopTheRegressingCanaryAtItsFirstStepAndSendTrafficBack() {
        BuildResult build = result.build(2);
        DeploymentRecord record = build.record();

        StepEnd canary = build.canary().orElseThrow();
        assertThat(canary.succeeded()).as(story()).isFalse();
        assertThat(canary.failure())
                .contains("Canary step 1 of 4 (blue at 10%")
                .contains("metric 'error-rate' failed")
                .endsWith("traffic is back on green: blue 0% / green 100% (verified)");
        assertThat(build.blueGreen().orElseThrow().failure())
                .startsWith("The deployment body failed: canaryPromote shop@production: Canary step 1 of 4")
                .endsWith("traffic untouched by this rollout, router serves blue 0% / green 100% (read now)");
        assertThat(build.watch())
                .as("the build stops when blueGreenDeploy fails")
                .isEmpty();
        assertThat(build.report()).containsEntry("outcome", "ROLLED_BACK");

        assertThat(record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        AnalysisVerdict verdict = record.getVerdicts().get(0);
        assertThat(record.getVerdicts()).hasSize(1);
        assertThat(verdict.stage()).isEqualTo("canary 10% (step 1 of 4)");
        assertThat(verdict.verdict()).isEqualTo("FAIL");
        assertThat(metric(verdict, "error-rate").verdict()).isEqualTo("FAIL");
        assertThat(metric(verdict, "error-rate").numbers().get("canary"))
                .as("1.3.0 fails 30% of its requests")
                .isCloseTo(0.30, within(0.12));
        for (String other : List.of("errors", "p95")) {
            String reason = metric(verdict, other).reason();
            assertThat(List.of(
                            "cut short (the analysis already ended: 'error-rate' failed)",
                            "not needed: the analysis already ended: 'error-rate' failed"))
                    .as("%s: %s", other, reason)
                    .anyMatch(reason::startsWith);
        }
        assertThat(record.getLiveColor()).isEqualTo("green");
        assertThat(record.getPreviousColor()).as("no colour was replaced").isEmpty();
        assertCanaryWithinBlueGreenDeploy(build);
        RollbackEvent rollback = record.getRollbacks().get(0);
        assertThat(record.getRollbacks()).hasSize(1);
        assertThat(rollback.type()).isEqualTo("TRAFFIC");
        assertThat(rollback.succeeded()).isTrue();
        assertThat(rollback.startedAt()).isAfterOrEqualTo(verdict.at());
        assertThat(Duration.between(rollback.startedAt(), rollback.finishedAt()))
                .isLessThan(Duration.ofSeconds(5));
        assertThat(record.getTraffic().get(record.getTraffic().size() - 1)).satisfies(last -> {
            assertThat(last.greenWeight()).isEqualTo(100.0);
            assertThat(last.verified()).isTrue();
        });
        assertThat(record.getIncidents()).isEmpty();
        assertTimesWithinTheBuild(build);
        assertThat(build.servedAfter()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(build.sampleAfter().blue())
                .as(build.sampleAfter().toString())
                .isZero();
    }

    @Test
    void shouldRollBackAutomaticallyWhenThePromotedReleaseBreachesTheP0Rule() {
        BuildResult build = result.build(3);
        DeploymentRecord record = build.record();

        assertThat(build.canary().orElseThrow().result())
                .as(story())
                .containsEntry("phase", "PROMOTED")
                .containsEntry("canaryColor", "blue");
        assertThat(record.getVerdicts())
                .extracting(AnalysisVerdict::verdict)
                .containsExactly("PASS", "PASS", "PASS", "PASS");
        assertThat(canaryWeightsOfGreen(record, Color.BLUE)).containsExactly("10", "25", "50", "100");
        assertThat(build.blueGreen().orElseThrow().result()).containsEntry("liveColor", "blue");
        assertThat(build.watch().orElseThrow().failure())
                .startsWith("rollbackIfUnhealthy shop@production rolled back to green (TRAFFIC): error-rate-p0 (P0)");
        assertThat(build.report()).containsEntry("outcome", "ROLLED_BACK");

        assertThat(record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record.getLiveColor()).isEqualTo("green");
        Incident incident = record.getIncidents().get(0);
        assertThat(record.getIncidents()).hasSize(1);
        assertThat(incident.severity()).isEqualTo("P0");
        assertThat(incident.rule()).startsWith("error-rate-p0");
        assertThat(Double.parseDouble(incident.valuesSeen().replace("%", ""))).isGreaterThan(10);
        Instant brokeAt = build.brokeAt().orElseThrow();
        assertThat(incident.detectedAt()).isAfter(brokeAt);
        assertThat(Duration.between(brokeAt, incident.detectedAt()))
                .as("a breaking release is seen within a few scrapes")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(Duration.between(incident.detectedAt(), incident.rolledBackAt()))
                .as("P0 rolls back at once: within the watch's tick (interval 1 s, Prometheus timeout 2 s), not later")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(incident.restoredAt()).isAfterOrEqualTo(incident.rolledBackAt());
        assertThat(incident.recoveryTime()).hasValueSatisfying(recovery -> assertThat(recovery)
                .isEqualTo(Duration.between(incident.detectedAt(), incident.restoredAt())));
        assertThat(record.rollbackRuns()).singleElement().satisfies(rollback -> assertThat(rollback.succeeded())
                .isTrue());
        assertThat(record.getRollbacks())
                .as("one event per rollback action")
                .extracting(RollbackEvent::action)
                .containsExactly("SWITCH_TRAFFIC_BACK", "VERIFY_HEALTH");
        assertTimesWithinTheBuild(build);
        assertThat(build.servedAfter()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(build.sampleAfter().blue())
                .as(build.sampleAfter().toString())
                .isZero();
    }

    @Test
    void shouldShowWhatHappenedInTheReportTabOfEachBuild() {
        for (BuildResult build : result.builds()) {
            DeploymentRecord record = build.record();
            PageText tab = PageText.of(build.tabHtml());
            assertThat(tab.lines().get(0)).isEqualTo(record.getOutcome() + " shop → production " + record.getVersion());
            assertThat(tab.after("Outcome")).isEqualTo(record.getOutcome().name());
            assertThat(tab.after("Started")).isEqualTo(utc(record.getStartedAt()));
            assertThat(tab.after("Finished")).isEqualTo(utc(record.getFinishedAt()));
            for (AnalysisVerdict verdict : record.getVerdicts()) {
                assertThat(tab.line(verdict.verdict() + " " + verdict.stage())).isNotEmpty();
            }
            assertThat(tab.line("| release-manager | CONFIRM | alice |"))
                    .startsWith("| " + utc(record.getApprovals().get(0).at()));
            assertThat(PageText.of(build.standaloneHtml()).lines())
                    .as("the self-contained file shows the same report")
                    .containsSubsequence(withoutRenderTime(tab.lines()));
        }
        PageText healthy = PageText.of(result.build(1).tabHtml());
        assertThat(healthy.after("Approved by")).isEqualTo("alice, bob");
        assertThat(healthy.line("| canary-step-4-gate | PROMOTE | bob |")).isNotEmpty();
        assertThat(healthy.lines()).contains("No rollback was started.", "No incident was recorded.");

        DeploymentRecord regressed = result.build(2).record();
        PageText stopped = PageText.of(result.build(2).tabHtml());
        assertThat(stopped.line("| error-rate | FAIL |")).contains("is not <= 0.05");
        RollbackEvent rollback = regressed.getRollbacks().get(0);
        assertThat(stopped.line("| TRAFFIC |", "| SUCCEEDED |"))
                .startsWith("| 1 | TRAFFIC | whole rollback | Canary step 1 of 4")
                .contains("| " + utc(rollback.startedAt()) + " |");

        DeploymentRecord breached = result.build(3).record();
        Incident incident = breached.getIncidents().get(0);
        assertThat(PageText.of(result.build(3).tabHtml()).line("| " + incident.id() + " |"))
                .contains("| P0 |")
                .contains("| " + incident.valuesSeen() + " |")
                .contains(utc(incident.detectedAt()))
                .endsWith("| " + asOnTheReport(incident.recoveryTime().orElseThrow()));
    }

    /** The report shows recovery times under a second in milliseconds, and whole seconds below a minute. */
    private static String asOnTheReport(final Duration recovery) {
        assertThat(recovery).as("a P0 rollback on loopback").isLessThan(Duration.ofMinutes(1));
        return recovery.toSeconds() == 0 ? recovery.toMillis() + " ms" : recovery.toSeconds() + " s";
    }

    private static List<String> withoutRenderTime(final List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("Rendered at ")).toList();
    }

    @Test
    void shouldShowTheChangeFailureRateAndTheRecoveryTimeOnTheDoraPage() {
        PageText dora = PageText.of(result.doraHtml());

        assertThat(dora.line("3 deployments in 1 service/environment pair")).isNotEmpty();
        assertThat(dora.after("Change failure rate")).isEqualTo("66.67%");
        assertThat(dora.line("2 of 3 deployments failed or rolled back")).isNotEmpty();
        String incident = result.build(3).record().getIncidents().get(0).id();
        assertThat(dora.line("1 linked incident: " + incident)).isNotEmpty();
        List<Duration> recoveries = Stream.of(result.build(2), result.build(3))
                .map(build -> RecordEvents.from(build.record()).orElseThrow())
                .map(SopEndToEndITest::recovery)
                .sorted()
                .toList();
        Duration mean = recoveries.get(0).plus(recoveries.get(1)).dividedBy(2);
        Duration meanRoundedToMillis = Duration.ofMillis(Math.round(mean.toNanos() / 1e6));
        assertThat(dora.after("Failed deployment recovery time"))
                .as("median of %s", recoveries)
                .isIn(
                        DoraText.duration(recoveries.get(0)),
                        DoraText.duration(mean),
                        DoraText.duration(meanRoundedToMillis),
                        DoraText.duration(recoveries.get(1)));
        assertThat(dora.line("2 of 2 failures restored")).startsWith("p90 ");
        assertThat(dora.line("| shop | production | 3 |")).contains("66.67%");
    }

    // as the deployment index keeps them: each instant to the millisecond, so the difference may be 1 ms off the exact
    // one
    private static Duration recovery(final DeploymentEvent event) {
        return Duration.between(
                event.getFailureDetectedAt().orElseThrow().truncatedTo(ChronoUnit.MILLIS),
                event.getServiceRestoredAt().orElseThrow().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void shouldServeTheUsersThroughEverySwitchAndRollback() {
        assertThat(result.usersAnswered())
                .as("requests sent through nginx: at least 10 a second all along")
                .isGreaterThan(10 * result.took().toSeconds());
        assertThat(result.userFailures().keySet())
                .as("only the errors the versions were made to answer; no reset, no 502 from a switch")
                .containsOnly("status 500");
    }

    @Test
    void shouldWriteTheDemoPagesLinkingEveryReport(@TempDir final Path pages) throws Exception {
        String stylesheet = Files.readString(Path.of("src/main/webapp/css/deployment-sop.css"), StandardCharsets.UTF_8);

        Path index = DemoPages.write(pages, result, progress, stylesheet);

        String html = Files.readString(index, StandardCharsets.UTF_8);
        for (BuildResult build : result.builds()) {
            assertThat(html).contains("href=\"" + DemoPages.reportFile(build.number()) + "\"");
            assertThat(pages.resolve(DemoPages.reportFile(build.number()))).hasContent(build.standaloneHtml());
        }
        assertThat(html).contains("href=\"" + DemoPages.DORA + "\"");
        assertThat(PageText.of(html).line("| #2 | 1.3.0 | ROLLED_BACK |")).isNotEmpty();
        String dora = Files.readString(pages.resolve(DemoPages.DORA), StandardCharsets.UTF_8);
        assertThat(PageText.of(dora).after("Change failure rate")).isEqualTo("66.67%");
        assertThat(Stream.of(html, dora)).allSatisfy(page -> assertThat(page)
                .as("standalone: no script, no external stylesheet")
                .doesNotContain("<script", "<link "));
    }
}
