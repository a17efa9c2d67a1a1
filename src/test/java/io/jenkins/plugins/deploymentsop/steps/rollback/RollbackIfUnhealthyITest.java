package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.health.Sleeper;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.rollback.DefaultRules;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.AgentRouters;
import io.jenkins.plugins.deploymentsop.steps.HaproxyRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.HttpHealthCheck;
import io.jenkins.plugins.deploymentsop.steps.NginxRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.KeepAliveLoad;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.MeteredApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole watches in real time, through the step's own glue (its execution, the question on the build page, the page's
 * POST handler), against real servers on loopback: two metered apps, blue (v1) and green (v2, the release under
 * watch, live), behind a real HAProxy or nginx in dynamic mode with a steady keep-alive load through the router, and
 * a real Prometheus scraping both apps every second. The apps count only the requests the router sends them, so what
 * Prometheus sees follows the traffic: once traffic is back on blue, the errors of green really stop.
 *
 * <p>Automatic: an error burst that outlasts the rule's window rolls back at once, verified, and the service's error
 * rate falls; a shorter spike does not; an unreachable Prometheus is reported and its "no data" rule applies. Manual
 * (the SOP's P1, error rate between 5% and 10%): a person answers "Roll back" or "Keep" on the build page, or nobody
 * answers and the SOP default (roll back) applies at the deadline; each decision is recorded with who and when. A
 * person's call without a rule ("Roll back now", with a reason) rolls back too, and the restored version is then
 * watched for a while.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollbackIfUnhealthyITest {
    /** Errors in percent of the live colour over the last two scrapes: a spike shows for about a second. */
    private static final String ERROR_RATE_NOW =
            "100 * sum(irate(http_requests_total{code=\"500\",color=\"{{color}}\"}[5s]))"
                    + " / sum(irate(http_requests_total{color=\"{{color}}\"}[5s]))";

    /** Errors in percent of the live colour over 5 s: steady enough to stay inside the P1 band of 5% to 10%. */
    private static final String ERROR_RATE_STEADY =
            "100 * sum(rate(http_requests_total{code=\"500\",color=\"{{color}}\"}[5s]))"
                    + " / sum(rate(http_requests_total{color=\"{{color}}\"}[5s]))";

    /** What the users see: errors in percent of all requests the router passed on, both colours. */
    private static final String SERVICE_ERROR_RATE =
            "100 * sum(irate(http_requests_total{code=\"500\"}[5s])) / sum(irate(http_requests_total[5s]))";

    /** Inside the SOP's P1 band (above 5%, up to 10%). */
    private static final double P1_ERROR_SHARE = 0.075;

    private static final TimeSpan INTERVAL = TimeSpan.ofSeconds(1);

    /** How long the step waits for Prometheus per query. */
    private static final TimeSpan SOURCE_TIMEOUT = TimeSpan.ofSeconds(2);

    private MeteredApp blue;
    private MeteredApp green;
    private PrometheusProcess prometheus;
    private PrometheusClient client;
    private ScheduledExecutorService scheduler;

    @TempDir
    Path dir;

    private AutoCloseable routerServer;
    private RouterConfiguration routerConfiguration;
    private TrafficRouter router;
    private int routerPort;
    private KeepAliveLoad load;
    private MemoryRecords records;
    private List<String> log;
    private final List<ScheduledFuture<?>> planned = new ArrayList<>();

    @BeforeAll
    void startAppsAndPrometheus(@TempDir final Path prometheusDir) throws Exception {
        blue = MeteredApp.start(Color.BLUE, "v1", 0, 1);
        green = MeteredApp.start(Color.GREEN, "v2", 0, 1);
        // a loaded machine may send only tens of requests a second: random failures would stray out of the P1 band
        blue.setErrorsEvenlySpread(true);
        green.setErrorsEvenlySpread(true);
        prometheus = PrometheusProcess.start(
                prometheusDir,
                List.of(
                        new PrometheusProcess.Target(blue.address(), blue.labels("shop")),
                        new PrometheusProcess.Target(green.address(), green.labels("shop"))));
        client = PrometheusClient.create(prometheus.url(), HttpAuth.none(), TimeSpan.ofSeconds(5));
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    void stopAppsAndPrometheus() {
        scheduler.shutdownNow();
        prometheus.close();
        blue.close();
        green.close();
    }

    @BeforeEach
    void resetApps() {
        blue.setErrorRate(0);
        blue.setHealthy(true);
        green.setErrorRate(0);
        green.setHealthy(true);
        records = new MemoryRecords();
        log = new ArrayList<>();
    }

    @AfterEach
    void stopRouter() throws Exception {
        planned.forEach(future -> future.cancel(false));
        planned.clear();
        if (load != null) {
            load.close();
            load = null;
        }
        if (routerServer != null) {
            routerServer.close();
            routerServer = null;
        }
    }

    /** A real HAProxy in front of the apps, green live, with the load through it. */
    private void behindHaproxy() throws Exception {
        HaproxyServer haproxy = HaproxyServer.start(Files.createDirectories(dir.resolve("haproxy")), blue, green);
        routerServer = haproxy;
        routerConfiguration = new HaproxyRouterConfiguration(haproxy.socket().toString(), "shop");
        router = haproxy.settings().build().createRouter();
        startTrafficOnGreen(haproxy.port());
    }

    /** As {@link #behindHaproxy()}, the step driving HAProxy's Runtime API over TCP, as a watch on the controller does. */
    private void behindHaproxyOverTcp() throws Exception {
        behindHaproxy();
        routerConfiguration =
                new HaproxyRouterConfiguration("tcp:127.0.0.1:" + ((HaproxyServer) routerServer).apiPort(), "shop");
    }

    /** A real nginx in dynamic mode (weights in a state file read per request), green live, with the load. */
    private void behindNginxDynamic() throws Exception {
        NginxServer nginx =
                NginxServer.start(Files.createDirectories(dir.resolve("nginx")), NginxMode.DYNAMIC, blue, green);
        routerServer = nginx;
        NginxRouterConfiguration configuration =
                new NginxRouterConfiguration(nginx.file().toString(), "shop", nginx.statusUrl());
        configuration.setMode("dynamic");
        routerConfiguration = configuration;
        router = nginx.settings().build().createRouter();
        startTrafficOnGreen(nginx.port());
    }

    private void startTrafficOnGreen(final int port) throws Exception {
        routerPort = port;
        router.apply(TrafficSplit.allOn(Color.GREEN)); // the release under watch is live
        load = KeepAliveLoad.start(port, 4, Long.MAX_VALUE, 3_000);
        load.awaitProgress(200);
        awaitValue(ERROR_RATE_STEADY.replace("{{color}}", "green"), value -> value < 1, Duration.ofSeconds(20));
    }

    /** Waits until Prometheus answers a finite value the condition accepts; returns the last value seen. */
    private double awaitValue(
            final String promql, final java.util.function.DoublePredicate condition, final Duration within)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        double last = Double.NaN;
        while (System.nanoTime() < deadline) {
            Measurement measurement = client.instant(promql);
            if (measurement.isOk() && Double.isFinite(measurement.lastValue())) {
                last = measurement.lastValue();
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(
                "Prometheus did not show the expected value of " + promql + " within " + within + "; last " + last);
    }

    /** The step as a Jenkinsfile would write it, with the router of the test, Prometheus and an HTTP health check. */
    private RollbackIfUnhealthyStep step(final String watch, final String prometheusUrl, final String errorRate) {
        RollbackIfUnhealthyStep step = new RollbackIfUnhealthyStep("shop", "production");
        step.setRouter(routerConfiguration);
        step.setBlue(blue.url());
        step.setGreen(green.url());
        HttpHealthCheck health = new HttpHealthCheck("/health");
        health.setJsonPointer("/status");
        health.setJsonEquals("UP");
        step.setHealthChecks(List.of(health));
        PrometheusSourceConfiguration source = new PrometheusSourceConfiguration(prometheusUrl);
        source.setTimeout(SOURCE_TIMEOUT.toString());
        source.setErrorRate(errorRate);
        step.setMetrics(List.of(source));
        step.setWatch(watch);
        step.setInterval(INTERVAL.toString());
        return step;
    }

    /** One automatic P0 rule instead of the defaults. */
    private RollbackIfUnhealthyStep burstStep(final String watch, final String prometheusUrl, final String noData) {
        RollbackIfUnhealthyStep step = step(watch, prometheusUrl, ERROR_RATE_NOW);
        RuleConfiguration burst = new RuleConfiguration("error-burst");
        burst.setName("error rate");
        burst.setSource("sop:error-rate");
        burst.setUnit("%");
        burst.setWhen("> 20%");
        burst.setSustainedFor("5s");
        burst.setSeverity("P0");
        burst.setAction("auto");
        burst.setNoData(noData);
        step.setRules(List.of(burst));
        step.setUseDefaults(false);
        return step;
    }

    /** The SOP's matrix, with the P1 error-rate rule's window and decision timeout shortened for the test. */
    private RollbackIfUnhealthyStep p1Step(final String watch, final String decisionTimeout) {
        RollbackIfUnhealthyStep step = step(watch, prometheus.url(), ERROR_RATE_STEADY);
        RuleConfiguration p1 = new RuleConfiguration(DefaultRules.ERROR_RATE_P1);
        p1.setSustainedFor("3s");
        p1.setDecisionTimeout(decisionTimeout);
        step.setRules(List.of(p1));
        step.setUseDefaults(true);
        return step;
    }

    /** Starts the step in a build, wired as the execution wires it, with this JVM as the build's agent. */
    private WatchedBuild start(final RollbackIfUnhealthyStep step) throws Exception {
        return new WatchedBuild(step, new WatchSession(step.settings(false)), services(step));
    }

    /**
     * Starts the step outside node as an administrator allowed: router and probes run on the controller (this JVM)
     * through the controller's link, and no command can run.
     */
    private WatchedBuild startOnController(final RollbackIfUnhealthyStep step) throws Exception {
        assertThat(ControllerWatch.refusals(step, true))
                .as("fit to watch from the controller")
                .isEmpty();
        AgentLink controller =
                AgentRouters.controller(new LocalChannel().channel, "rollbackIfUnhealthy runs its commands");
        return new WatchedBuild(step, new WatchSession(step.settings(false)), services(step, controller));
    }

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
        return services(step, agent);
    }

    /** Wires the step as StepWiring does, its router and probes run through the given link. */
    private WatchServices services(final RollbackIfUnhealthyStep step, final AgentLink agent) {
        Clock clock = Clock.systemUTC();
        SecretLookup noSecrets = id -> {
            throw new IllegalStateException("no credentials in this test");
        };
        return new WatchServices(
                AgentRouters.onAgent(agent, step.requireRouter(), step.targets()),
                step.catalog(noSecrets, RemoteProbe.factory(agent, Map.of()), clock),
                new HealthChecker(new ProbeRunner(clock, Sleeper.REAL)),
                agent.launcherCommands(),
                () -> step.pipelineSource().map(List::of).orElse(List.of()),
                records,
                log::add,
                clock);
    }

    private void later(final long millis, final Runnable change) {
        planned.add(scheduler.schedule(change, millis, TimeUnit.MILLISECONDS));
    }

    private DeploymentRecord record() {
        return records.record;
    }

    private String why() {
        return String.join("\n", log);
    }

    /** Traffic is on blue: the router says so, and every request through it is answered by blue. */
    private void assertTrafficOnBlue() throws Exception {
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        TrafficSample sample = TrafficSample.take(routerPort, 100);
        assertThat(sample.blue()).as(sample.toString()).isEqualTo(100);
        long served = green.served();
        Thread.sleep(1_000);
        assertThat(green.served()).as("green gets no more requests").isEqualTo(served);
    }

    private Incident incident() {
        assertThat(record().getIncidents()).as(why()).hasSize(1);
        return record().getIncidents().get(0);
    }

    private Instant timeOf(final String phase) {
        return record().getTimeline().stream()
                .filter(entry -> entry.phase().equals(phase))
                .map(TimelineEntry::at)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + phase + " in " + record().getTimeline()));
    }

    @Test
    void shouldRollBackToBlueWhenAnErrorBurstOutlastsTheWindowAndTheErrorsStop() throws Exception {
        behindHaproxy();
        later(2_000, () -> green.setErrorRate(0.6)); // and green stays broken: only the rollback ends the errors

        WatchedBuild.Ending end;
        try (WatchedBuild build = start(burstStep("30s", prometheus.url(), "default"))) {
            end = build.runToEnd(Duration.ofSeconds(40));
        }

        assertThat(end.failure())
                .as(why())
                .startsWith("rollbackIfUnhealthy shop@production rolled back to blue (TRAFFIC): error-burst (P0)");
        assertThat(record().getRollbacks())
                .extracting(RollbackEvent::rollback, RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(tuple(1, "SWITCH_TRAFFIC_BACK", "SUCCEEDED"), tuple(1, "VERIFY_HEALTH", "SUCCEEDED"));
        assertThat(record().getRollbacks().get(0).detail())
                .contains("HAProxy")
                .contains("(on the build's agent) serves blue 100% / green 0% (verified");
        assertThat(record().getRollbacks().get(1).detail())
                .contains("GET " + blue.url() + "/health (from the build's agent): healthy");
        assertTrafficOnBlue();
        long failures = load.failures();
        Thread.sleep(1_000);
        assertThat(load.failures())
                .as("no failed request once traffic is back: " + load)
                .isEqualTo(failures);
        double serviceErrors = awaitValue(SERVICE_ERROR_RATE, value -> value < 1, Duration.ofSeconds(15));
        assertThat(serviceErrors)
                .as("the service's error rate in Prometheus fell")
                .isLessThan(1);

        Incident incident = incident();
        Duration toRollback = Duration.between(incident.detectedAt(), incident.rolledBackAt());
        assertThat(toRollback)
                .as("from the sample completing the breach to verified traffic on blue: within the tick, not the next")
                .isLessThan(INTERVAL.toDuration().plus(SOURCE_TIMEOUT.toDuration()));
        assertThat(incident.restoredAt())
                .as("blue's health check passed after the switch")
                .isEqualTo(record().getRollbacks().get(1).finishedAt())
                .isAfterOrEqualTo(incident.rolledBackAt());
        assertThat(incident.recoveryTime()).isPresent();
        assertThat(record().getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record().getTraffic()).singleElement().satisfies(change -> assertThat(change.verified())
                .isTrue());
        System.getLogger(getClass().getName())
                .log(
                        System.Logger.Level.INFO,
                        "time to verified rollback (HAProxy): " + toRollback.toMillis() + " ms, recovery "
                                + incident.recoveryTime().orElseThrow().toMillis() + " ms");
    }

    @Test
    void shouldRollBackFromTheControllerOverHaproxysTcpRuntimeApiWhenWatchingOutsideNode() throws Exception {
        behindHaproxyOverTcp();
        later(2_000, () -> green.setErrorRate(0.6));

        WatchedBuild.Ending end;
        try (WatchedBuild build = startOnController(burstStep("30s", prometheus.url(), "default"))) {
            end = build.runToEnd(Duration.ofSeconds(40));
        }

        assertThat(end.failure())
                .as(why())
                .startsWith("rollbackIfUnhealthy shop@production rolled back to blue (TRAFFIC): error-burst (P0)");
        assertThat(record().getRollbacks().get(0).detail())
                .contains("tcp:127.0.0.1:")
                .contains("(on the controller) serves blue 100% / green 0% (verified");
        assertThat(record().getRollbacks().get(1).detail()).contains("(from the controller): healthy");
        assertTrafficOnBlue();
    }

    @Test
    void shouldKeepTheReleaseWhenASpikeIsShorterThanTheWindow() throws Exception {
        behindHaproxy();
        // 1.8 s of errors: seen in at least one sample of the 1 s scrapes, gone well before the 5 s window is full
        later(3_000, () -> green.setErrorRate(0.6));
        later(4_800, () -> green.setErrorRate(0));

        WatchedBuild.Ending end;
        try (WatchedBuild build = start(burstStep("12s", prometheus.url(), "default"))) {
            end = build.runToEnd(Duration.ofSeconds(30));
        }

        assertThat(end.succeeded()).as(why()).isTrue();
        assertThat(end.result()).containsEntry("healthy", true).containsEntry("rolledBack", false);
        assertThat(records.phases()).as("the spike was seen").contains("BREACH_STARTED", "BREACH_ENDED");
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(record().getIncidents()).isEmpty();
        assertThat(record().getRollbacks()).isEmpty();
    }

    @Test
    void shouldReportAnUnreachablePrometheusAndApplyTheNoDataPolicy() throws Exception {
        behindHaproxy();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        WatchedBuild.Ending end;
        try (WatchedBuild build = start(burstStep("10s", "http://127.0.0.1:" + closedPort, "treat_as_breach"))) {
            end = build.runToEnd(Duration.ofSeconds(30));
        }

        assertThat(end.failure()).as(why()).contains("rolled back to blue (TRAFFIC): error-burst (P0)");
        assertThat(record().getTimeline())
                .filteredOn(entry -> entry.phase().equals("NO_DATA"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message())
                        .contains("127.0.0.1:" + closedPort)
                        .contains("treat_as_breach"));
        assertThat(incident().valuesSeen()).contains("no data");
        assertTrafficOnBlue();
    }

    @Test
    void shouldRollBackBehindNginxWhenAPersonAnswersRollBackOnTheBuildPage() throws Exception {
        behindNginxDynamic();
        blue.setHealthy(false); // the previous version is still warming up: service is restored when it is healthy
        green.setErrorRate(P1_ERROR_SHARE);

        WatchedBuild.Ending end;
        Instant answeredFrom;
        Instant answeredTo;
        AtomicReference<Instant> blueHealthyFrom = new AtomicReference<>();
        try (WatchedBuild build = start(p1Step("60s", "2m"))) {
            PendingDecision question = build.awaitQuestion(Duration.ofSeconds(30))
                    .orElseThrow(() ->
                            new AssertionError("no question on the build page: " + build.status() + "\n" + why()));
            assertThat(question.title()).isEqualTo("Roll back shop in production? (P1 error-rate-p1)");
            assertThat(question.details()).contains("Values seen: ").contains("rollback applies");
            assertThat(question.choices()).containsExactly("ROLLBACK", "KEEP");
            assertThat(router.read())
                    .as("nothing happens before the answer")
                    .isEqualTo(TrafficSplit.allOn(Color.GREEN));
            later(2_000, () -> {
                blueHealthyFrom.set(Instant.now());
                blue.setHealthy(true);
            });

            answeredFrom = Instant.now();
            build.answer(question, "alice", "rollback", "checkout fails for 7% of users");
            answeredTo = Instant.now();
            end = build.runToEnd(Duration.ofSeconds(30));
            assertThat(build.pending()).as("the answered question is gone").isEmpty();
        }

        assertThat(end.failure())
                .as(why())
                .startsWith("rollbackIfUnhealthy shop@production rolled back to blue (TRAFFIC): error-rate-p1 (P1)")
                .contains("[decided by alice: checkout fails for 7% of users]");
        assertThat(record().getApprovals()).singleElement().satisfies(approval -> {
            assertThat(approval.itemId()).isEqualTo("rollback-rule:error-rate-p1");
            assertThat(approval.decision()).isEqualTo("ROLLBACK");
            assertThat(approval.userId()).isEqualTo("alice");
            assertThat(approval.comment()).isEqualTo("checkout fails for 7% of users");
            assertThat(approval.at()).isBetween(answeredFrom, answeredTo);
        });
        assertThat(record().getRollbacks())
                .extracting(RollbackEvent::action, RollbackEvent::outcome)
                .containsExactly(tuple("SWITCH_TRAFFIC_BACK", "SUCCEEDED"), tuple("VERIFY_HEALTH", "SUCCEEDED"));
        assertThat(record().getRollbacks().get(0).detail()).contains("nginx").contains("(verified");
        assertTrafficOnBlue();

        Incident incident = incident();
        assertThat(incident.severity()).isEqualTo("P1");
        assertThat(incident.detectedAt())
                .as("detected when the breach was sustained, not when alice answered")
                .isBefore(answeredFrom);
        assertThat(incident.rolledBackAt())
                .as("rolled back by the tick that took the answer")
                .isBetween(answeredFrom, answeredTo);
        assertThat(incident.restoredAt())
                .as("restored when blue's health turned green, about 2 s after the answer")
                .isAfterOrEqualTo(blueHealthyFrom.get());
        assertThat(record().getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
    }

    @Test
    void shouldRollBackOnAPersonsCallAndWatchTheRestoredVersion() throws Exception {
        behindHaproxy();
        RollbackIfUnhealthyStep step = step("60s", prometheus.url(), ERROR_RATE_NOW);
        step.setWatchAfterRollback("3s");
        step.setDeciders(List.of("carol, dave"));

        WatchedBuild.Ending end;
        Instant answeredFrom;
        try (WatchedBuild build = start(step)) {
            PendingDecision standing = build.rollbackNow()
                    .orElseThrow(() -> new AssertionError("no Roll back now on the build page: " + build.status()));
            assertThat(standing.allowedUsers()).containsExactly("carol", "dave");
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));

            answeredFrom = Instant.now();
            build.answer(standing, "carol", "rollback_now", "security vulnerability in the checkout library");
            end = build.runToEnd(Duration.ofSeconds(30));
            assertThat(build.pending()).isEmpty();
        }

        assertThat(end.failure())
                .as(why())
                .startsWith("rollbackIfUnhealthy shop@production rolled back to blue (TRAFFIC): manual (P0) rollback"
                        + " started by carol: security vulnerability in the checkout library")
                .endsWith("; blue stayed healthy for 3s after the rollback");
        assertTrafficOnBlue();
        Incident incident = incident();
        assertThat(incident.severity()).isEqualTo("P0");
        assertThat(incident.valuesSeen())
                .isEqualTo("rollback started by carol: security vulnerability in the checkout" + " library");
        assertThat(incident.detectedAt()).isAfterOrEqualTo(answeredFrom);
        assertThat(incident.restoredAt()).isNotNull();
        assertThat(record().getApprovals()).singleElement().satisfies(approval -> {
            assertThat(approval.itemId()).isEqualTo("rollback-rule:manual");
            assertThat(approval.userId()).isEqualTo("carol");
        });
        assertThat(Duration.between(timeOf("VERIFY_HEALTH"), record().getFinishedAt()))
                .as("the record finished after the 3 s watch of blue")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(record().getMetrics())
                .extracting(snapshot -> snapshot.label())
                .as("green's reading when watching started; blue's after the rollback only if Prometheus had it yet")
                .contains("At watch start")
                .doesNotContain("Pre-Deploy", "Post-Deploy");
    }

    @Test
    void shouldGoOnWatchingWhenAPersonKeepsTheRelease() throws Exception {
        behindHaproxy();
        green.setErrorRate(P1_ERROR_SHARE);

        WatchedBuild.Ending end;
        Instant answeredFrom;
        Instant answeredTo;
        long servedByGreen;
        try (WatchedBuild build = start(p1Step("20s", "2m"))) {
            PendingDecision question = build.awaitQuestion(Duration.ofSeconds(20))
                    .orElseThrow(() ->
                            new AssertionError("no question on the build page: " + build.status() + "\n" + why()));

            answeredFrom = Instant.now();
            build.answer(question, "bob", "keep", "a known batch job; fix tomorrow");
            answeredTo = Instant.now();
            servedByGreen = green.served();
            assertThat(build.pending())
                    .as("only the standing Roll back now is left")
                    .allSatisfy(left -> assertThat(left.choices()).doesNotContain("ROLLBACK"));
            end = build.runToEnd(Duration.ofSeconds(30));
        }

        assertThat(end.succeeded()).as(why()).isTrue();
        assertThat(end.result()).containsEntry("healthy", true).containsEntry("rolledBack", false);
        assertThat(record().getApprovals()).singleElement().satisfies(approval -> {
            assertThat(approval.decision()).isEqualTo("KEEP");
            assertThat(approval.userId()).isEqualTo("bob");
            assertThat(approval.comment()).isEqualTo("a known batch job; fix tomorrow");
            assertThat(approval.at()).isBetween(answeredFrom, answeredTo);
        });
        Instant decided = timeOf("DECIDED");
        assertThat(record().getTimeline())
                .as("watching went on after the decision, to the end of the window")
                .filteredOn(entry -> entry.phase().equals("WATCH_PASSED"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.at()).isAfter(decided.plusSeconds(5));
                    assertThat(entry.message()).contains("error-rate-p1 kept by bob");
                });
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(green.served()).as("green still serves").isGreaterThan(servedByGreen);
        assertThat(record().getIncidents()).isEmpty();
        assertThat(record().getRollbacks()).isEmpty();
    }

    @Test
    void shouldRollBackByTheSopDefaultWhenNobodyAnswersBeforeTheDeadline() throws Exception {
        behindHaproxy();
        green.setErrorRate(P1_ERROR_SHARE);

        WatchedBuild.Ending end;
        PendingDecision question;
        try (WatchedBuild build = start(p1Step("60s", "4s"))) {
            question = build.awaitQuestion(Duration.ofSeconds(20))
                    .orElseThrow(() ->
                            new AssertionError("no question on the build page: " + build.status() + "\n" + why()));
            assertThat(question.defaultChoice()).isEqualTo("ROLLBACK");
            end = build.runToEnd(Duration.ofSeconds(20));
            assertThat(build.pending()).isEmpty();
        }

        assertThat(end.failure())
                .as(why())
                .startsWith("rollbackIfUnhealthy shop@production rolled back to blue (TRAFFIC): error-rate-p1 (P1)")
                .contains("[no decision in time, default rollback]");
        Approval timeout = record().getApprovals().get(0);
        assertThat(record().getApprovals()).hasSize(1);
        assertThat(timeout.userId()).isEqualTo("SYSTEM");
        assertThat(timeout.decision()).isEqualTo("ROLLBACK");
        assertThat(timeout.comment()).isEqualTo("no decision within the timeout");
        assertThat(timeout.at()).isAfterOrEqualTo(question.deadline());
        assertThat(timeOf("DECISION_TIMED_OUT")).isAfterOrEqualTo(question.deadline());
        Instant requested = timeOf("DECISION_REQUESTED");
        assertThat(Duration.between(requested, timeout.at()))
                .as("the default applied at the deadline, 4 s after the question, by the next tick (interval,"
                        + " source timeout, 1 s slack)")
                .isBetween(
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(4)
                                .plus(INTERVAL.toDuration())
                                .plus(SOURCE_TIMEOUT.toDuration())
                                .plusSeconds(1));
        assertThat(record().getRollbacks())
                .allSatisfy(action -> assertThat(action.trigger()).endsWith("[no decision in time, default rollback]"));
        assertTrafficOnBlue();
        assertThat(incident().rolledBackAt()).isAfterOrEqualTo(timeout.at());
        assertThat(record().getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
    }
}
