package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.analysis.CanaryVerdict;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.metrics.SimulatedService;
import io.jenkins.plugins.deploymentsop.rollout.CanaryContext;
import io.jenkins.plugins.deploymentsop.rollout.CanaryObserver;
import io.jenkins.plugins.deploymentsop.rollout.CanaryPhase;
import io.jenkins.plugins.deploymentsop.rollout.CanaryRollout;
import io.jenkins.plugins.deploymentsop.rollout.CanaryStepVerdict;
import io.jenkins.plugins.deploymentsop.rollout.Tick;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * canaryPromote's metrics and plan, as a Jenkinsfile would write them, driving the canary machine against a real
 * Prometheus (scraping simulated services: the stable v1, a healthy v2 and a v3 failing 30% of its requests) and a
 * real HAProxy in front of two apps. Bake times are seconds instead of minutes; the machine is the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryPromoteITest {
    private static final String ERROR_RATE = "sum(rate(http_requests_total{code=\"500\",version=\"{{version}}\"}[5s]))"
            + " / sum(rate(http_requests_total{version=\"{{version}}\"}[5s]))";
    private static final String ERRORS = "sum(increase(http_requests_total{code=\"500\",version=\"{{version}}\"}[5s]))";
    private static final String REQUESTS = "sum(increase(http_requests_total{version=\"{{version}}\"}[5s]))";

    private final List<SimulatedService> services = new ArrayList<>();
    private PrometheusProcess prometheus;
    private Path temp;

    @BeforeAll
    void startPrometheus(@TempDir final Path directory) throws Exception {
        temp = directory;
        double[] errorRates = {0.005, 0.005, 0.30};
        List<PrometheusProcess.Target> targets = new ArrayList<>();
        for (int i = 0; i < errorRates.length; i++) {
            SimulatedService service = new SimulatedService(i + 11, 200, errorRates[i], 0.04);
            services.add(service);
            targets.add(new PrometheusProcess.Target(
                    service.target(),
                    Map.of("service", "shop", "version", "v" + (i + 1), "color", i == 0 ? "blue" : "green")));
        }
        prometheus = PrometheusProcess.start(Files.createDirectories(directory.resolve("prometheus")), targets);
        PrometheusClient client = PrometheusClient.create(prometheus.url(), HttpAuth.none(), TimeSpan.ofSeconds(5));
        // the 5 s windows need a few scrapes of every service
        for (int second = 0; second < 40; second++) {
            Measurement slowest = client.instant("min(sum by (version) (increase(http_requests_total[5s])))");
            if (slowest.isOk() && slowest.lastValue() > 100) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Prometheus has no data after 40 s: " + prometheus.logTail());
    }

    @AfterAll
    void stopEverything() {
        if (prometheus != null) {
            prometheus.close();
        }
        services.forEach(SimulatedService::close);
    }

    private CanaryPromoteStep step(final String canaryVersion) {
        CanaryPromoteStep step = new CanaryPromoteStep("shop", "production");
        step.setSource(new PrometheusSource(prometheus.url()));
        step.setVersion(canaryVersion);
        step.setStableVersion("v1");
        step.setInterval("4s");
        step.setSampleInterval("1s");
        step.setInitialDelay("1s");
        step.setFailureLimit(1);
        step.setInconclusiveLimit(2);
        ThresholdMetric errorRate = new ThresholdMetric("error-rate", ERROR_RATE);
        errorRate.setMax(0.05);
        ErrorCountMetric errors = new ErrorCountMetric("errors", ERRORS, REQUESTS);
        errors.setAllowedRatio(3);
        errors.setAllowedDifference(0.01);
        step.setAnalysis(List.of(errorRate, errors));
        return step;
    }

    /** Ticks with the real clock, sleeping until each requested time, for at most a minute. */
    private static void run(final CanaryRollout rollout, final CanaryContext context) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        Tick tick = rollout.tick(context);
        while (!tick.isDone() && Instant.now().isBefore(deadline)) {
            Duration wait = Duration.between(Instant.now(), tick.at().orElseThrow());
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            tick = rollout.tick(context);
        }
        assertThat(tick.isDone())
                .as("the canary ended within a minute: " + rollout.phase())
                .isTrue();
    }

    /** Sends requests through HAProxy and counts the answers per colour. */
    private static Map<String, Integer> sample(final HaproxyServer haproxy, final int requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int blue = 0;
        int green = 0;
        for (int i = 0; i < requests; i++) {
            String body = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + haproxy.port() + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if ("green".equals(body)) {
                green++;
            } else if ("blue".equals(body)) {
                blue++;
            }
        }
        return Map.of("blue", blue, "green", green);
    }

    /** Keeps the verdicts. */
    private static final class Verdicts implements CanaryObserver {
        final List<CanaryStepVerdict> all = new ArrayList<>();

        @Override
        public void stepJudged(final CanaryStepVerdict verdict) {
            all.add(verdict);
        }
    }

    @Test
    void shouldPromoteAHealthyCanaryToOneHundredPercent() throws Exception {
        try (ColorApp blue = ColorApp.start(Color.BLUE);
                ColorApp green = ColorApp.start(Color.GREEN);
                HaproxyServer haproxy =
                        HaproxyServer.start(Files.createDirectories(temp.resolve("healthy")), blue, green)) {
            CanaryPromoteStep step = step("v2");
            TrafficRouter router = haproxy.settings().build().createRouter();
            Verdicts verdicts = new Verdicts();
            Clock clock = Clock.systemUTC();
            CanaryContext context = new CanaryContext(
                    router, step.checks(source -> source.createClient(HttpAuth.none(), clock), clock), verdicts, clock);
            CanaryRollout rollout = new CanaryRollout(step.plan());

            run(rollout, context);

            assertThat(rollout.phase()).as(rollout.reason()).isEqualTo(CanaryPhase.PROMOTED);
            assertThat(verdicts.all)
                    .extracting(CanaryStepVerdict::verdict)
                    .containsExactly(CanaryVerdict.PASS, CanaryVerdict.PASS, CanaryVerdict.PASS, CanaryVerdict.PASS);
            assertThat(verdicts.all.get(0).run().metrics())
                    .allSatisfy(metric -> assertThat(metric.counts().measured()).isGreaterThanOrEqualTo(2));
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
            assertThat(sample(haproxy, 20)).containsEntry("green", 20).containsEntry("blue", 0);
        }
    }

    @Test
    void shouldAbortACanaryWithARaisedErrorRateAtTheFirstStepAndSendTrafficBackToStable() throws Exception {
        try (ColorApp blue = ColorApp.start(Color.BLUE);
                ColorApp green = ColorApp.start(Color.GREEN);
                HaproxyServer haproxy =
                        HaproxyServer.start(Files.createDirectories(temp.resolve("bad")), blue, green)) {
            CanaryPromoteStep step = step("v3");
            TrafficRouter router = haproxy.settings().build().createRouter();
            Verdicts verdicts = new Verdicts();
            Clock clock = Clock.systemUTC();
            CanaryContext context = new CanaryContext(
                    router, step.checks(source -> source.createClient(HttpAuth.none(), clock), clock), verdicts, clock);
            CanaryRollout rollout = new CanaryRollout(step.plan());
            Instant start = Instant.now();

            run(rollout, context);

            assertThat(rollout.phase()).as(rollout.reason()).isEqualTo(CanaryPhase.ROLLED_BACK);
            assertThat(verdicts.all).singleElement().satisfies(verdict -> {
                assertThat(verdict.step()).isEqualTo(1);
                assertThat(verdict.verdict()).isEqualTo(CanaryVerdict.FAIL);
            });
            assertThat(rollout.reason())
                    .contains("Canary step 1 of 4", "failed (2) > failureLimit (1)", "is not <= 0.05")
                    .contains("traffic is back on blue: blue 100% / green 0% (verified)");
            // initial delay 1 s + interval 1 s × (failure limit 1 + 1), and some seconds for the queries
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4 + 3));
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
            assertThat(sample(haproxy, 20)).containsEntry("blue", 20).containsEntry("green", 0);
        }
    }
}
