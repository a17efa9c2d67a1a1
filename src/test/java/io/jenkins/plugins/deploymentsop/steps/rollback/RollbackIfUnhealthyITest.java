package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.metrics.SimulatedService;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.AgentRouters;
import io.jenkins.plugins.deploymentsop.steps.HaproxyRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.HttpHealthCheck;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole watches of the step's parameters ({@code haproxy(...)}, {@code http(...)}, {@code prometheus(...)},
 * {@code rule(...)}), wired as the execution wires them with this JVM as the build's agent, in real time against a
 * real Prometheus (scraping the new green version every second) and a real HAProxy in front of two loopback apps,
 * green live: an error burst that outlasts the rule's window rolls back to
 * blue at once, verified on the router and by requests through HAProxy, with the recovery time recorded; a shorter
 * spike does not; an unreachable Prometheus is reported and its "no data" policy applies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollbackIfUnhealthyITest {
    /** Errors in percent of the live colour over the last two scrapes, so a spike shows for about a second. */
    private static final String ERROR_RATE =
            "100 * sum(irate(http_requests_total{code=\"500\",color=\"{{color}}\"}[5s]))"
                    + " / sum(irate(http_requests_total{color=\"{{color}}\"}[5s]))";

    private static final TimeSpan INTERVAL = TimeSpan.ofSeconds(1);

    private SimulatedService greenMetrics;
    private PrometheusProcess prometheus;
    private ScheduledExecutorService scheduler;

    @TempDir
    Path dir;

    private ColorApp blue;
    private ColorApp green;
    private HaproxyServer haproxy;
    private TrafficRouter router;
    private MemoryRecords records;
    private List<String> log;
    private final List<ScheduledFuture<?>> planned = new ArrayList<>();

    @BeforeAll
    void startPrometheus(@TempDir final Path prometheusDir) throws Exception {
        greenMetrics = new SimulatedService(7, 200, 0.0, 0.02);
        prometheus = PrometheusProcess.start(
                prometheusDir,
                List.of(new PrometheusProcess.Target(
                        greenMetrics.target(), Map.of("service", "shop", "color", "green"))));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        awaitErrorRate(PrometheusClient.create(prometheus.url(), HttpAuth.none(), TimeSpan.ofSeconds(5)));
    }

    private static void awaitErrorRate(final PrometheusClient client) throws InterruptedException {
        String query = ERROR_RATE.replace("{{color}}", "green");
        for (int i = 0; i < 100; i++) {
            if (client.instant(query).isOk()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Prometheus has no error rate of green after 20 s");
    }

    @AfterAll
    void stopPrometheus() {
        scheduler.shutdownNow();
        prometheus.close();
        greenMetrics.close();
    }

    @BeforeEach
    void startRouter() throws Exception {
        greenMetrics.setErrorRate(0.0);
        records = new MemoryRecords();
        log = new ArrayList<>();
        blue = ColorApp.start(Color.BLUE);
        green = ColorApp.start(Color.GREEN);
        haproxy = HaproxyServer.start(Files.createDirectories(dir.resolve("haproxy")), blue, green);
        router = haproxy.settings().build().createRouter();
        router.apply(TrafficSplit.allOn(Color.GREEN)); // the release under watch is live
    }

    @AfterEach
    void stopRouter() throws Exception {
        planned.forEach(future -> future.cancel(false));
        planned.clear();
        greenMetrics.setErrorRate(0.0);
        haproxy.close();
        blue.close();
        green.close();
    }

    /** The step as a Jenkinsfile would write it, with HAProxy, Prometheus, an HTTP health check and one rule. */
    private RollbackIfUnhealthyStep step(final String watch, final String prometheusUrl, final String noData) {
        RollbackIfUnhealthyStep step = new RollbackIfUnhealthyStep("shop", "production");
        step.setRouter(new HaproxyRouterConfiguration(haproxy.socket().toString(), "shop"));
        step.setBlue(blue.url());
        step.setGreen(green.url());
        HttpHealthCheck health = new HttpHealthCheck("/health");
        health.setJsonPointer("/status");
        health.setJsonEquals("UP");
        step.setHealthChecks(List.of(health));
        PrometheusSourceConfiguration source = new PrometheusSourceConfiguration(prometheusUrl);
        source.setTimeout("2s");
        source.setErrorRate(ERROR_RATE);
        step.setMetrics(List.of(source));
        RuleConfiguration burst = new RuleConfiguration("error-burst");
        burst.setName("error rate");
        burst.setSource("sop:error-rate");
        burst.setUnit("%");
        burst.setWhen("> 20%");
        burst.setSustainedFor("4s");
        burst.setSeverity("P0");
        burst.setAction("auto");
        burst.setNoData(noData);
        step.setRules(List.of(burst));
        step.setUseDefaults(false);
        step.setWatch(watch);
        step.setInterval("1s");
        return step;
    }

    /** Wires the step like the execution does, with this JVM as the build's agent. */
    private WatchServices services(final RollbackIfUnhealthyStep step) {
        LocalChannel local = new LocalChannel();
        AgentLink agent = new AgentLink() {
            @Override
            public VirtualChannel channel() {
                return local.channel;
            }

            @Override
            public CommandRunner launcherCommands() {
                return new LocalCommandRunner(dir);
            }
        };
        Clock clock = Clock.systemUTC();
        SecretLookup noSecrets = id -> {
            throw new IllegalStateException("no credentials in this test");
        };
        return new WatchServices(
                AgentRouters.onAgent(agent, step.requireRouter(), step.targets()),
                step.catalog(noSecrets, RemoteProbe.factory(agent, Map.of()), clock),
                new HealthChecker(new ProbeRunner(clock, Sleeper.REAL)),
                agent.launcherCommands(),
                () -> List.of(step.pipelineSource().orElseThrow()),
                records,
                log::add,
                clock);
    }

    private Next watch(final RollbackIfUnhealthyStep step) throws Exception {
        WatchSession session = new WatchSession(step.settings(false));
        return drive(session, services(step));
    }

    /** Drives the session like the execution does, sleeping between ticks. */
    private static Next drive(final WatchSession session, final WatchServices services) throws Exception {
        Next next = session.next(services);
        for (int i = 0; i < 200 && next.kind() == Next.Kind.TICK; i++) {
            Thread.sleep(next.delay().toMillis());
            next = session.next(services);
        }
        return next;
    }

    private void errorsOnGreen(final double share, final long fromMillis, final long forMillis) {
        planned.add(scheduler.schedule(() -> greenMetrics.setErrorRate(share), fromMillis, TimeUnit.MILLISECONDS));
        planned.add(scheduler.schedule(
                () -> greenMetrics.setErrorRate(0.0), fromMillis + forMillis, TimeUnit.MILLISECONDS));
    }

    @Test
    void shouldRollBackToBlueWhenAnErrorBurstOutlastsTheWindow() throws Exception {
        errorsOnGreen(0.6, 2_000, 20_000);

        Next end = watch(step("30s", prometheus.url(), "default"));

        assertThat(end.kind()).as(String.join("\n", log)).isEqualTo(Next.Kind.FAIL);
        assertThat(end.failure()).startsWith("shop@production rolled back to blue (TRAFFIC): error-burst (P0)");
        assertThat(records.record.getRollbacks().get(0).detail())
                .contains("HAProxy")
                .contains("(on the build's agent) serves blue 100% / green 0% (verified")
                .contains("GET " + blue.url() + "/health (from the build's agent): healthy");
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        TrafficSample sample = TrafficSample.take(haproxy.port(), 100);
        assertThat(sample.blue()).as(sample.toString()).isEqualTo(100);

        Incident incident = records.record.getIncidents().get(0);
        Duration toRollback = Duration.between(incident.detectedAt(), incident.rolledBackAt());
        assertThat(toRollback)
                .as("from the sample completing the breach to verified traffic on blue")
                .isLessThan(INTERVAL.toDuration());
        assertThat(incident.restoredAt()).isNotNull();
        assertThat(incident.recoveryTime()).isPresent();
        assertThat(Duration.between(incident.detectedAt(), Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(records.record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(records.record.getTraffic().get(0).verified()).isTrue();
        log.add("time to verified rollback (HAProxy): " + toRollback.toMillis() + " ms, recovery "
                + incident.recoveryTime().orElseThrow().toMillis() + " ms");
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, log.get(log.size() - 1));
    }

    @Test
    void shouldKeepTheReleaseWhenASpikeIsShorterThanTheWindow() throws Exception {
        errorsOnGreen(0.6, 3_000, 1_200);

        Next end = watch(step("12s", prometheus.url(), "default"));

        assertThat(end.kind()).as(String.join("\n", log)).isEqualTo(Next.Kind.SUCCEED);
        assertThat(end.result()).containsEntry("healthy", true);
        assertThat(records.phases()).as("the spike was seen").contains("BREACH_STARTED", "BREACH_ENDED");
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(records.record.getIncidents()).isEmpty();
    }

    @Test
    void shouldReportAnUnreachablePrometheusAndApplyTheNoDataPolicy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Next end = watch(step("10s", "http://127.0.0.1:" + closedPort, "treat_as_breach"));

        assertThat(end.kind()).as(String.join("\n", log)).isEqualTo(Next.Kind.FAIL);
        assertThat(records.record.getTimeline())
                .filteredOn(entry -> entry.phase().equals("NO_DATA"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message())
                        .contains("127.0.0.1:" + closedPort)
                        .contains("treat_as_breach"));
        assertThat(records.record.getIncidents().get(0).valuesSeen()).contains("no data");
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
    }
}
