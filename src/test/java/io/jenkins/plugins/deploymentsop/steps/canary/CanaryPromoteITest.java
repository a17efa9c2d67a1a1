package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.deploymentsop.analysis.MetricRun;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.rollout.CanaryPlan;
import io.jenkins.plugins.deploymentsop.rollout.CanaryRollout;
import io.jenkins.plugins.deploymentsop.steps.HaproxyRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.KeepAliveLoad;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.MeteredApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code canaryPromote} through the work the step's execution ticks ({@link CanaryDeployment}, on a mocked build with
 * a real record folder), against real servers: a stable v1 (blue) and a canary v2 (green) behind a real HAProxy that
 * the step drives through its Runtime API, a steady keep-alive load through HAProxy, and a real Prometheus scraping
 * both apps every second. The apps count only the requests HAProxy sends them, so the canary's metrics follow the
 * weights the step sets. The analysis is written as a Jenkinsfile would: a threshold on the error rate, a count test
 * of errors against stable, a baseline ratio of the p95 latency (histogram_quantile over the apps' histograms) and a
 * Mann-Whitney test of the p95 series. Bake times are seconds instead of minutes; each test is bounded by time.
 */
class CanaryPromoteITest {
    private static final String ERROR_RATE =
            "sum(rate(http_requests_total{service=\"{{service}}\",version=\"{{version}}\",code=\"500\"}[3s]))"
                    + " / sum(rate(http_requests_total{service=\"{{service}}\",version=\"{{version}}\"}[3s]))";
    private static final String ERRORS = "sum(increase(http_requests_total{version=\"{{version}}\",code=\"500\"}[3s]))";
    private static final String REQUESTS = "sum(increase(http_requests_total{version=\"{{version}}\"}[3s]))";
    private static final String P95 = "histogram_quantile(0.95, sum by (le) "
            + "(rate(http_request_duration_seconds_bucket{version=\"{{version}}\"}[3s])))";

    /** Time for the queries and the router on a loaded machine, on top of what the settings promise. */
    private static final Duration SLACK = Duration.ofSeconds(4);

    @TempDir
    Path dir;

    private MockedBuild build;
    private MeteredApp stable;
    private MeteredApp canary;
    private HaproxyServer haproxy;
    private PrometheusProcess prometheus;
    private KeepAliveLoad load;

    @BeforeEach
    void startServers() throws Exception {
        build = new MockedBuild(
                Files.createDirectories(dir.resolve("jenkins")),
                Files.createDirectories(dir.resolve("build")),
                new LocalCommandRunner(dir));
        stable = MeteredApp.start(Color.BLUE, "v1", 0, 2);
        canary = MeteredApp.start(Color.GREEN, "v2", 0, 2);
        // a raised error rate fails every window at that rate, not at a random draw around it
        canary.setErrorsEvenlySpread(true);
        haproxy = HaproxyServer.start(Files.createDirectories(dir.resolve("haproxy")), stable, canary);
        prometheus = PrometheusProcess.start(
                Files.createDirectories(dir.resolve("prometheus")),
                List.of(
                        new PrometheusProcess.Target(stable.address(), stable.labels("shop")),
                        new PrometheusProcess.Target(canary.address(), canary.labels("shop"))));
        load = KeepAliveLoad.start(haproxy.port(), 4, Long.MAX_VALUE, 10_000);
        awaitStableTrafficInPrometheus();
    }

    @AfterEach
    void stopServers() throws Exception {
        if (load != null) {
            load.close();
        }
        if (prometheus != null) {
            prometheus.close();
        }
        if (haproxy != null) {
            haproxy.close();
        }
        if (canary != null) {
            canary.close();
        }
        if (stable != null) {
            stable.close();
        }
        if (build != null) {
            build.close();
        }
    }

    // the rate windows need two scrapes with traffic before the first step measures stable
    private void awaitStableTrafficInPrometheus() throws Exception {
        PrometheusClient client = PrometheusClient.create(prometheus.url(), HttpAuth.none(), TimeSpan.ofSeconds(5));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Measurement requests = client.instant("sum(rate(http_requests_total{version=\"v1\"}[3s]))");
            if (requests.isOk() && requests.lastValue() > 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Prometheus saw no traffic of v1 within 30 s: " + prometheus.logTail());
    }

    /** The step as a Jenkinsfile would write it, with bake times of seconds. */
    private CanaryPromoteStep step() {
        CanaryPromoteStep step = new CanaryPromoteStep("shop", "production");
        step.setRouter(new HaproxyRouterConfiguration(haproxy.socket().toString(), "shop"));
        step.setSource(new PrometheusSource(prometheus.url()));
        step.setVersion("v2");
        step.setStableVersion("v1");
        step.setSteps(List.of(10.0, 50.0, 100.0));
        step.setInterval("10s");
        step.setSampleInterval("1s");
        step.setInitialDelay("3s");
        step.setFailureLimit(1);
        step.setInconclusiveLimit(5); // the p95 series of a canary just raised has too few points for a few seconds
        step.setConsecutiveErrorLimit(2);
        ThresholdMetric errorRate = new ThresholdMetric("error-rate", ERROR_RATE);
        errorRate.setMax(0.05);
        ErrorCountMetric errors = new ErrorCountMetric("errors", ERRORS, REQUESTS);
        errors.setAllowedRatio(2);
        errors.setAllowedDifference(0.02);
        BaselineRatioMetric p95 = new BaselineRatioMetric("p95", P95, 1.5);
        p95.setAllowance(0.05);
        MannWhitneyMetric latency = new MannWhitneyMetric("latency", P95);
        latency.setWindow("6s");
        latency.setStep("1s");
        latency.setDirection("increase");
        latency.setConfidence(0.99);
        // a p95 over the same histogram buckets moves by a few percent with the machine's load: tolerate what the
        // baseline ratio above tolerates, so the rank test fails the canaries that really are slower
        latency.setAllowedIncrease(1.5);
        step.setAnalysis(List.of(errorRate, errors, p95, latency));
        return step;
    }

    /** Something a test does while the canary runs, e.g. a short error blip. */
    @FunctionalInterface
    private interface During {
        void tick(CanaryRollout rollout) throws Exception;
    }

    /**
     * Plays the step's execution in real time: begin, then tick whenever the deployment asks, until it succeeds or
     * fails. Bounded by time; a question for a person fails the test at once.
     */
    private Next run(final CanaryDeployment deployment, final Duration limit, final During during) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        deployment.begin(build);
        Next next = deployment.tick(build);
        while (next.kind() == Next.Kind.TICK) {
            assertThat(DecisionRegistry.pending(MockedBuild.BUILD_ID))
                    .as("a question for a person: %s", build.log())
                    .isEmpty();
            assertThat(System.nanoTime())
                    .as("the canary did not end within %s: %s", limit, build.log())
                    .isLessThan(deadline);
            during.tick(deployment.rollout());
            Thread.sleep(Math.min(1_000, next.delay().toMillis()));
            next = deployment.tick(build);
        }
        return next;
    }

    private static int measured(final CanaryRollout rollout, final String metric) {
        return rollout.analysis()
                .flatMap(run -> run.metric(metric))
                .map(MetricRun::counts)
                .map(counts -> counts.measured())
                .orElse(0);
    }

    private static MetricVerdict metric(final AnalysisVerdict verdict, final String name) {
        return verdict.metrics().stream()
                .filter(metric -> metric.metric().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in " + verdict));
    }

    /** When the step at a weight was verified on the router. */
    private static Instant verifiedAt(final DeploymentRecord record, final double greenWeight) {
        return record.getTraffic().stream()
                .filter(change -> change.verified() && change.greenWeight() == greenWeight)
                .map(TrafficChange::at)
                .findFirst()
                .orElseThrow(() -> new AssertionError("green " + greenWeight + "% never verified"));
    }

    private static Duration timeToVerdict(final DeploymentRecord record, final AnalysisVerdict verdict) {
        return Duration.between(verifiedAt(record, verdict.canaryWeight()), verdict.at());
    }

    @Test
    void shouldPromoteAHealthyCanaryToOneHundredPercentWhileItsMetricsFollowTheWeights() throws Exception {
        CanaryPromoteStep step = step();
        CanaryPlan plan = step.plan();
        Instant start = Instant.now();

        Next end = run(step.deployment(), Duration.ofSeconds(75), rollout -> {});

        Duration took = Duration.between(start, Instant.now());
        assertThat(end.kind()).as("%s", build.log()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(end.result()).containsEntry("phase", "PROMOTED").containsEntry("canaryColor", "green");
        assertThat(haproxy.settings().build().createRouter().read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(TrafficSample.take(haproxy.port(), 40)).isEqualTo(new TrafficSample(0, 40, 0));
        // the minimum promotion time, interval × steps, holds on the machine
        assertThat(took)
                .isGreaterThanOrEqualTo(plan.minimumPromotionTime().toDuration())
                .isLessThan(plan.minimumPromotionTime().toDuration().plus(SLACK.multipliedBy(3)));

        DeploymentRecord record = build.record();
        assertThat(record.getOutcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(record.getLiveColor()).isEqualTo("green");
        assertThat(record.getPreviousColor()).isEqualTo("blue");
        assertThat(record.getTraffic())
                .allMatch(TrafficChange::verified)
                .extracting(TrafficChange::greenWeight)
                .containsExactly(0.0, 10.0, 50.0, 100.0);
        List<AnalysisVerdict> verdicts = record.getVerdicts();
        assertThat(verdicts).extracting(AnalysisVerdict::verdict).containsExactly("PASS", "PASS", "PASS");
        assertThat(verdicts)
                .extracting(AnalysisVerdict::stage)
                .containsExactly("canary 10% (step 1 of 3)", "canary 50% (step 2 of 3)", "canary 100% (step 3 of 3)");
        for (AnalysisVerdict verdict : verdicts) {
            assertThat(timeToVerdict(record, verdict)).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
            assertThat(verdict.metrics())
                    .allSatisfy(metric ->
                            assertThat(metric.numbers().get("measurements")).isGreaterThanOrEqualTo(3.0));
        }
        // the comparisons with stable are judged below 100%; at 100% only the canary's own error rate
        assertThat(verdicts.get(0).metrics())
                .extracting(MetricVerdict::metric)
                .containsExactly("error-rate", "errors", "p95", "latency");
        assertThat(verdicts.get(2).metrics()).extracting(MetricVerdict::metric).containsExactly("error-rate");
        // what Prometheus counted of each app follows the routed weights: 10 / 90, then 50 / 50
        assertThat(share(metric(verdicts.get(0), "errors"))).isCloseTo(10.0 / 90, within(0.06));
        assertThat(share(metric(verdicts.get(1), "errors"))).isCloseTo(1.0, within(0.35));
    }

    private static double share(final MetricVerdict errors) {
        return errors.numbers().get("canarySamples") / errors.numbers().get("baselineSamples");
    }

    @Test
    void shouldAbortACanaryWithARaisedErrorRateAtTheFirstStepAndSendTrafficBackToStable() throws Exception {
        canary.setErrorRate(0.3);
        CanaryPromoteStep step = step();
        CanaryPlan plan = step.plan();

        Next end = run(step.deployment(), Duration.ofSeconds(40), rollout -> {});

        assertThat(end.kind()).as("%s", build.log()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .startsWith("canaryPromote shop@production: Canary step 1 of 3 (green at 10%")
                .contains("metric 'error-rate' failed: failed (2) > failureLimit (1)", "is not <= 0.05")
                .endsWith("traffic is back on blue: blue 100% / green 0% (verified)");
        assertTrafficBackOnStable();
        DeploymentRecord record = build.record();
        AnalysisVerdict verdict = assertAbortedAtTheFirstStep(record, plan);
        assertThat(metric(verdict, "error-rate").numbers()).containsEntry("failed", 2.0);
        assertThat(metric(verdict, "error-rate").numbers().get("canary")).isGreaterThan(0.15);
    }

    @Test
    void shouldAbortACanaryWithARaisedLatencyAtTheFirstStepAndSendTrafficBackToStable() throws Exception {
        canary.setLatencyMillis(250);
        CanaryPromoteStep step = step();
        CanaryPlan plan = step.plan();

        Next end = run(step.deployment(), Duration.ofSeconds(40), rollout -> {});

        assertThat(end.kind()).as("%s", build.log()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .startsWith("canaryPromote shop@production: Canary step 1 of 3 (green at 10%")
                .contains("metric 'p95' failed: failed (2) > failureLimit (1)")
                .endsWith("traffic is back on blue: blue 100% / green 0% (verified)");
        assertTrafficBackOnStable();
        DeploymentRecord record = build.record();
        AnalysisVerdict verdict = assertAbortedAtTheFirstStep(record, plan);
        MetricVerdict p95 = metric(verdict, "p95");
        assertThat(p95.verdict()).isEqualTo("FAIL");
        assertThat(p95.numbers().get("canary"))
                .as("p95 of the canary in seconds")
                .isGreaterThan(0.2);
        assertThat(p95.numbers().get("baseline")).as("p95 of stable in seconds").isLessThan(0.05);
        assertThat(metric(verdict, "error-rate").numbers()).containsEntry("failed", 0.0);
    }

    @Test
    void shouldPromoteDespiteAnErrorBlipShorterThanTheFailureLimit() throws Exception {
        CanaryPromoteStep step = step();
        step.setSteps(List.of(10.0, 100.0));
        step.setInterval("12s");
        // with 3 s rate windows and measurements, a blip of 2 s right after a measurement shows in the next one (the
        // window's first scrape is at most 1 s in, so at least 1 s of errors count), and in at most one more
        step.setSampleInterval("3s");
        step.setFailureLimit(2);
        long[] blipAt = {0};

        Next end = run(step.deployment(), Duration.ofSeconds(60), rollout -> {
            if (blipAt[0] == 0 && rollout.step() == 1 && measured(rollout, "error-rate") == 1) {
                blipAt[0] = System.nanoTime();
                canary.setErrorRate(1);
                // ended on its own clock: the next tick may come seconds later and would lengthen the blip; a blip of
                // 1 s could fall before the first scrape of the next measurement's window and not be seen at all
                CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(() -> canary.setErrorRate(0));
            }
        });

        assertThat(blipAt[0]).as("the blip happened").isNotZero();
        assertThat(end.kind()).as("%s", build.log()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(TrafficSample.take(haproxy.port(), 40)).isEqualTo(new TrafficSample(0, 40, 0));
        DeploymentRecord record = build.record();
        assertThat(record.getOutcome()).isEqualTo(Outcome.SUCCEEDED);
        AnalysisVerdict first = record.getVerdicts().get(0);
        assertThat(first.verdict()).isEqualTo("PASS");
        // the blip was seen, and tolerated: fewer failed measurements than the limit allows
        assertThat(metric(first, "error-rate").numbers().get("failed")).isBetween(1.0, 2.0);
        assertThat(metric(first, "error-rate").reason()).contains("terminated within the limits");
    }

    @Test
    void shouldAbortWhenPrometheusGoesDownNamingTheConsecutiveErrorLimit() throws Exception {
        CanaryPromoteStep step = step();
        Instant[] stoppedAt = {null};

        Next end = run(step.deployment(), Duration.ofSeconds(60), rollout -> {
            if (stoppedAt[0] == null && rollout.step() == 2 && measured(rollout, "error-rate") >= 1) {
                prometheus.close();
                stoppedAt[0] = Instant.now();
            }
        });

        assertThat(stoppedAt[0])
                .as("Prometheus was stopped at step 2; the canary ended %s: %s", end, build.log())
                .isNotNull();
        assertThat(end.kind()).as("%s", build.log()).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure())
                .startsWith("canaryPromote shop@production: Canary step 2 of 3 (green at 50%")
                .contains("could not be judged")
                .contains("consecutiveErrors (3) > consecutiveErrorLimit (2)")
                .endsWith("traffic is back on blue: blue 100% / green 0% (verified)");
        assertTrafficBackOnStable();
        DeploymentRecord record = build.record();
        assertThat(record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record.getOutcomeReason()).contains("consecutiveErrorLimit (2)");
        assertThat(record.getVerdicts()).extracting(AnalysisVerdict::verdict).containsExactly("PASS", "ERROR");
        AnalysisVerdict second = record.getVerdicts().get(1);
        assertThat(second.canaryWeight()).isEqualTo(50.0);
        assertThat(second.reason()).contains("consecutiveErrors (3) > consecutiveErrorLimit (2)");
        // three failed queries one sample interval apart, and the time the queries took
        assertThat(Duration.between(stoppedAt[0], second.at()))
                .isLessThan(Duration.ofSeconds(3).plus(SLACK));
        assertThat(record.getRollbacks()).singleElement().satisfies(rollback -> {
            assertThat(rollback.succeeded()).isTrue();
            assertThat(rollback.trigger()).contains("consecutiveErrorLimit (2)");
        });
        assertThat(record.getTraffic())
                .allMatch(TrafficChange::verified)
                .extracting(TrafficChange::greenWeight)
                .containsExactly(0.0, 10.0, 50.0, 0.0);
    }

    private void assertTrafficBackOnStable() throws Exception {
        assertThat(haproxy.settings().build().createRouter().read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(TrafficSample.take(haproxy.port(), 40)).isEqualTo(new TrafficSample(40, 0, 0));
    }

    /** The record of a canary aborted in its first step, no later than its settings promise. */
    private static AnalysisVerdict assertAbortedAtTheFirstStep(final DeploymentRecord record, final CanaryPlan plan) {
        assertThat(record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record.getOutcomeReason()).contains("Canary step 1 of 3", "traffic is back on blue");
        assertThat(record.getTraffic())
                .allMatch(TrafficChange::verified)
                .extracting(TrafficChange::greenWeight)
                .containsExactly(0.0, 10.0, 0.0);
        assertThat(record.getRollbacks()).singleElement().satisfies(rollback -> {
            assertThat(rollback.succeeded()).isTrue();
            assertThat(rollback.trigger()).contains("failed (2) > failureLimit (1)");
        });
        assertThat(record.getVerdicts()).hasSize(1);
        AnalysisVerdict verdict = record.getVerdicts().get(0);
        assertThat(verdict.verdict()).isEqualTo("FAIL");
        assertThat(verdict.canaryWeight()).isEqualTo(10.0);
        // the second failing measurement comes at initial delay + sample interval × failure limit; the time to abort,
        // initial delay + sample interval × (failure limit + 1), bounds it; both long before the bake time ends
        assertThat(timeToVerdict(record, verdict))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3 + 1))
                .isLessThan(plan.timeToAbort().toDuration().plus(SLACK))
                .isLessThan(plan.bakeTimeAt(0).toDuration());
        return verdict;
    }
}
