package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.MeasurementStatus;
import io.jenkins.plugins.deploymentsop.metrics.MetricUnavailableException;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusQuery;
import io.jenkins.plugins.deploymentsop.metrics.QueryTemplate;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.metrics.RangeWindow;
import io.jenkins.plugins.deploymentsop.metrics.SimulatedService;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metric sources and the analysis against a real Prometheus scraping five simulated services every second:
 * stable v1, a healthy canary v2, a canary with raised errors v3, a slow canary v4 and a canary for a short error
 * blip v5. The analysis runs on a fake clock (one tick = one interval) while the data is real.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusAnalysisITest {
    private static final String ERROR_RATE = "sum(rate(http_requests_total{service=\"{{service}}\", "
            + "version=\"{{version}}\", code=~\"5..\"}[5s])) / sum(rate(http_requests_total{service=\"{{service}}\", "
            + "version=\"{{version}}\"}[5s]))";
    private static final String P95 = "histogram_quantile(0.95, sum by (le) "
            + "(rate(http_request_duration_seconds_bucket{version=\"{{version}}\"}[5s])))";
    private static final String P95_SHORT = "histogram_quantile(0.95, sum by (le) "
            + "(rate(http_request_duration_seconds_bucket{version=\"{{version}}\"}[3s])))";
    private static final String ERRORS =
            "sum(increase(http_requests_total{version=\"{{version}}\", code=~\"5..\"}[10s]))";
    private static final String REQUESTS = "sum(increase(http_requests_total{version=\"{{version}}\"}[10s]))";
    private static final Duration INTERVAL = Duration.ofSeconds(2);

    private static final QueryVariables STABLE = QueryVariables.of("shop", "production", "v1", "blue");

    private Path temp;

    private final List<SimulatedService> services = new ArrayList<>();
    private SimulatedService blipCanary;
    private PrometheusProcess prometheus;
    private PrometheusClient client;

    @BeforeAll
    void startServicesAndPrometheus(@TempDir final Path directory) throws Exception {
        temp = directory;
        double[][] behaviour = {{0.002, 0.040}, {0.002, 0.040}, {0.08, 0.040}, {0.002, 0.120}, {0.002, 0.040}};
        List<PrometheusProcess.Target> targets = new ArrayList<>();
        for (int i = 0; i < behaviour.length; i++) {
            SimulatedService service = new SimulatedService(i + 1, 200, behaviour[i][0], behaviour[i][1]);
            services.add(service);
            targets.add(new PrometheusProcess.Target(
                    service.target(),
                    Map.of(
                            "service",
                            "shop",
                            "environment",
                            "production",
                            "version",
                            "v" + (i + 1),
                            "color",
                            i == 0 ? "blue" : "green")));
        }
        blipCanary = services.get(4);
        prometheus = PrometheusProcess.start(Files.createDirectories(temp.resolve("shared")), targets);
        client = PrometheusClient.create(prometheus.url(), HttpAuth.none(), TimeSpan.ofSeconds(5));
        // the 10 s increase() windows and the range queries need about ten scrapes
        PrometheusQuery range = PrometheusQuery.range(
                client,
                template(P95_SHORT),
                new RangeWindow(TimeSpan.ofSeconds(10), TimeSpan.ofSeconds(1)),
                Clock.systemUTC());
        awaitMeasurement(range, STABLE, measurement -> measurement.isOk() && measurement.values().length >= 10, 40);
    }

    @AfterAll
    void stopEverything() {
        if (prometheus != null) {
            prometheus.close();
        }
        services.forEach(SimulatedService::close);
    }

    private static QueryTemplate template(final String promql) {
        return QueryTemplate.promql("query", promql);
    }

    private static QueryVariables canary(final String version) {
        return QueryVariables.of("shop", "production", version, "green");
    }

    private PrometheusQuery instant(final String promql) {
        return PrometheusQuery.instant(client, template(promql), Clock.systemUTC());
    }

    /** Polls a source once a second until the condition holds, failing after the given seconds. */
    private static Measurement awaitMeasurement(
            final PrometheusQuery query,
            final QueryVariables variables,
            final Predicate<Measurement> condition,
            final int seconds)
            throws InterruptedException {
        Measurement last = Measurement.noData("not measured yet");
        for (int attempt = 0; attempt < seconds; attempt++) {
            last = query.measure(variables);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Condition not reached within " + seconds + "s, last: " + last);
    }

    private Map<String, MetricCheck> checks(final String version) {
        QueryVariables canary = canary(version);
        PrometheusQuery errorRate = instant(ERROR_RATE);
        PrometheusQuery p95 = instant(P95);
        PrometheusQuery p95Range = PrometheusQuery.range(
                client,
                template(P95_SHORT),
                new RangeWindow(TimeSpan.ofSeconds(10), TimeSpan.ofSeconds(1)),
                Clock.systemUTC());
        PrometheusQuery errors = instant(ERRORS);
        PrometheusQuery requests = instant(REQUESTS);
        ScorecardCheck score = new ScorecardCheck(
                "canary-score",
                List.of(
                        new ScorecardCheck.Entry(
                                "latency",
                                "p95-ratio",
                                new ComparisonCheck(
                                        "p95-ratio",
                                        p95.bind(canary),
                                        p95.bind(STABLE),
                                        new BaselineRatioJudge(
                                                Comparison.AT_MOST, 1.5, 0.005, Aggregation.LAST, false))),
                        new ScorecardCheck.Entry(
                                "latency",
                                "p95-rank",
                                new ComparisonCheck(
                                        "p95-rank",
                                        p95Range.bind(canary),
                                        p95Range.bind(STABLE),
                                        MannWhitneyJudge.of(
                                                Direction.INCREASE, 0.95, EffectLimits.allowing(1.3, 1), false, 5))),
                        new ScorecardCheck.Entry(
                                "errors",
                                "error-count",
                                new CountCheck(
                                        "error-count",
                                        errors.bind(canary),
                                        requests.bind(canary),
                                        errors.bind(STABLE),
                                        requests.bind(STABLE),
                                        CountJudge.of(
                                                Direction.INCREASE,
                                                0.99,
                                                1.5,
                                                0.005,
                                                CountTestMethod.CONDITIONAL_BINOMIAL,
                                                true)))),
                new Scorer(Map.of("latency", 50.0, "errors", 50.0), ScoreThresholds.DEFAULT));
        return Map.of(
                "error-rate",
                new ThresholdCheck("error-rate", errorRate.bind(canary), ThresholdJudge.of(Comparison.LESS_THAN, 0.03)),
                "canary-score",
                score);
    }

    private static List<MetricSettings> settings(final int count, final int failureLimit) {
        return List.of(
                MetricSettings.builder("error-rate")
                        .interval(TimeSpan.of("interval", INTERVAL))
                        .count(count)
                        .failureLimit(failureLimit)
                        .build(),
                MetricSettings.builder("canary-score")
                        .interval(TimeSpan.of("interval", INTERVAL))
                        .count(count)
                        .failureLimit(failureLimit)
                        .build());
    }

    /**
     * Ticks the run on the fake clock, one interval per tick. The services behave steadily, so a tick needs no new
     * scrapes: each measures the same real data, and tests that change a service wait until Prometheus shows it.
     */
    private static void tick(final AnalysisRun run, final AnalysisRunner runner, final FakeClock clock, final int ticks)
            throws InterruptedException {
        for (int i = 0; i < ticks && !run.isCompleted(); i++) {
            runner.tick(run);
            clock.advance(INTERVAL);
        }
    }

    @Test
    void shouldRunTemplatedInstantAndRangeQueries() throws InterruptedException {
        Measurement errorRate = instant(ERROR_RATE).measure(canary("v3"));
        Measurement stableRate = instant(ERROR_RATE).measure(STABLE);
        Measurement range = PrometheusQuery.range(
                        client,
                        template(P95_SHORT),
                        new RangeWindow(TimeSpan.ofSeconds(8), TimeSpan.ofSeconds(1)),
                        Clock.systemUTC())
                .measure(STABLE);

        assertThat(errorRate.lastValue()).isBetween(0.03, 0.15);
        assertThat(stableRate.lastValue()).isBetween(0.0, 0.02);
        assertThat(range.values())
                .as("8 s at 1 s steps, one missed scrape allowed")
                .hasSizeBetween(7, 9);
        assertThat(range.samples())
                .allSatisfy(sample -> assertThat(sample.value()).isBetween(0.05, 0.15));
        assertThat(range.samples().get(1).time())
                .isEqualTo(range.samples().get(0).time().plusSeconds(1));
        assertThat(client.instantValue("sum(up{service=\"shop\"})")).isEqualTo(5.0);
    }

    @Test
    void shouldQuotePrometheusForABadQuery() throws InterruptedException {
        Measurement measurement = client.instant("sum(rate(http_requests_total[5s])");

        assertThat(measurement.status()).isEqualTo(MeasurementStatus.ERROR);
        assertThat(measurement.message())
                .startsWith("Prometheus rejected the query (HTTP 400, bad_data): ")
                .contains("parse error")
                .endsWith("query: sum(rate(http_requests_total[5s])");
    }

    @Test
    void shouldReportAnEmptyResultAsNoData() throws InterruptedException {
        Measurement measurement =
                instant("sum(http_requests_total{version=\"{{version}}\"})").measure(canary("v9"));

        assertThat(measurement.status()).isEqualTo(MeasurementStatus.NO_DATA);
        assertThat(measurement.message()).startsWith("the query returned no series");
        assertThatThrownBy(() -> client.instantValue("sum(http_requests_total{version=\"v9\"})"))
                .isInstanceOf(MetricUnavailableException.class)
                .hasMessageStartingWith("No data: the query returned no series");
        assertThat(ThresholdJudge.of(Comparison.LESS_THAN, 0.01)
                        .judge("error-rate", measurement)
                        .outcome())
                .isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void shouldPassAHealthyCanary() throws InterruptedException {
        FakeClock clock = new FakeClock(Instant.now());
        AnalysisRun run = new AnalysisRun(settings(3, 0), clock.instant());

        tick(run, new AnalysisRunner(clock, checks("v2")), clock, 5);

        assertThat(run.phase()).as(run.reason()).isEqualTo(AnalysisPhase.SUCCESSFUL);
        MetricVerdict score =
                run.metric("canary-score").orElseThrow().last().orElseThrow().verdict();
        assertThat(score.figure("score")).contains(100.0);
        assertThat(score.children())
                .extracting(MetricVerdict::metric)
                .containsExactly("p95-ratio", "p95-rank", "error-count");
        assertThat(score.children().get(1).figure("canary n").orElseThrow())
                .as("10 s at 1 s steps, one missed scrape allowed")
                .isGreaterThanOrEqualTo(9.0);
    }

    @Test
    void shouldFailACanaryWithARaisedErrorRate() throws InterruptedException {
        FakeClock clock = new FakeClock(Instant.now());
        AnalysisRun run = new AnalysisRun(settings(3, 0), clock.instant());

        Map<String, MetricCheck> checks = checks("v3");
        tick(run, new AnalysisRunner(clock, checks), clock, 5);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.FAILED);
        assertThat(run.reason())
                .startsWith("metric 'error-rate' failed: failed (1) > failureLimit (0); last: value 0.")
                .contains("is not < 0.03");
        assertThat(run.metric("error-rate").orElseThrow().history()).hasSize(1); // aborted at the first measurement
        // the run stops at the first deciding failure; the scorecard on its own fails too, by its critical count test
        Scorecard scorecard = ((ScorecardCheck) checks.get("canary-score")).scorecard();
        assertThat(scorecard.verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(scorecard.reason()).startsWith("critical metric failed: error-count: FAIL (critical)");
    }

    @Test
    void shouldFailACanaryWithRaisedLatency() throws InterruptedException {
        FakeClock clock = new FakeClock(Instant.now());
        AnalysisRun run = new AnalysisRun(settings(3, 0), clock.instant());

        tick(run, new AnalysisRunner(clock, checks("v4")), clock, 5);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.FAILED);
        MetricVerdict score =
                run.metric("canary-score").orElseThrow().last().orElseThrow().verdict();
        assertThat(score.figure("score")).contains(50.0);
        assertThat(score.children().get(0).reason()).contains("is not <= 1.5 × stable");
        assertThat(score.children().get(1).reason()).startsWith("canary is significantly higher");
        assertThat(run.metric("error-rate").orElseThrow().phase()).isNotEqualTo(AnalysisPhase.FAILED);
    }

    @Test
    void shouldRideOutABlipShorterThanTheFailureLimit() throws InterruptedException {
        FakeClock clock = new FakeClock(Instant.now());
        MetricSettings settings = MetricSettings.builder("error-rate")
                .interval(TimeSpan.of("interval", INTERVAL))
                .count(4)
                .failureLimit(1)
                .build();
        AnalysisRun run = new AnalysisRun(List.of(settings), clock.instant());
        AnalysisRunner runner =
                new AnalysisRunner(clock, Map.of("error-rate", checks("v5").get("error-rate")));
        PrometheusQuery errorRate = instant(ERROR_RATE);

        tick(run, runner, clock, 1);
        blipCanary.setErrorRate(0.5);
        awaitMeasurement(errorRate, canary("v5"), m -> m.isOk() && m.lastValue() > 0.1, 15);
        tick(run, runner, clock, 1);
        blipCanary.setErrorRate(0.002);
        awaitMeasurement(errorRate, canary("v5"), m -> m.isOk() && m.lastValue() < 0.03, 20);
        tick(run, runner, clock, 3);

        assertThat(run.phase()).as(run.reason()).isEqualTo(AnalysisPhase.SUCCESSFUL);
        assertThat(run.metric("error-rate").orElseThrow().counts()).isEqualTo(new MetricCounts(4, 3, 1, 0, 0, 0));
        assertThat(run.metric("error-rate")
                        .orElseThrow()
                        .history()
                        .get(1)
                        .verdict()
                        .reason())
                .contains("is not < 0.03");
    }

    @Test
    void shouldEndInErrorWhenPrometheusGoesDown() throws Exception {
        PrometheusProcess own = PrometheusProcess.start(
                Files.createDirectories(temp.resolve("own")),
                List.of(new PrometheusProcess.Target(services.get(0).target(), Map.of("service", "shop"))));
        try {
            PrometheusClient ownClient = PrometheusClient.create(own.url(), HttpAuth.none(), TimeSpan.ofSeconds(2));
            PrometheusQuery up =
                    PrometheusQuery.instant(ownClient, template("sum(up{service=\"{{service}}\"})"), Clock.systemUTC());
            awaitMeasurement(up, STABLE, m -> m.isOk() && m.lastValue() >= 1, 15);
            FakeClock clock = new FakeClock(Instant.now());
            AnalysisRun run = new AnalysisRun(
                    List.of(MetricSettings.builder("up")
                            .interval(TimeSpan.ofSeconds(10))
                            .count(0)
                            .consecutiveErrorLimit(2)
                            .build()),
                    clock.instant());
            AnalysisRunner runner = new AnalysisRunner(
                    clock,
                    Map.of("up", new ThresholdCheck("up", up.bind(STABLE), ThresholdJudge.of(Comparison.AT_LEAST, 1))));

            runner.tick(run);
            assertThat(run.phase()).isEqualTo(AnalysisPhase.RUNNING);
            own.close();
            for (int i = 0; i < 5 && !run.isCompleted(); i++) {
                clock.advance(Duration.ofSeconds(10));
                runner.tick(run);
            }

            assertThat(run.phase()).isEqualTo(AnalysisPhase.ERROR);
            assertThat(run.reason())
                    .startsWith(
                            "metric 'up' error: consecutiveErrors (3) > consecutiveErrorLimit (2); last: the metric: "
                                    + "Prometheus: cannot connect to " + own.url() + "/api/v1/query");
            assertThat(run.metric("up").orElseThrow().counts()).isEqualTo(new MetricCounts(1, 1, 0, 0, 3, 3));
        } finally {
            own.close();
        }
    }

    @Test
    void shouldFailWhenTheBinaryIsMissingRatherThanSkip() throws IOException {
        // the fixture checks the package's binary; this documents what the CI must install
        assertThat(Files.isExecutable(PrometheusProcess.BINARY))
                .as("install the Debian package 'prometheus'")
                .isTrue();
    }
}
