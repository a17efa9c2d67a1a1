package io.jenkins.plugins.deploymentsop.endtoend;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.report.DeploymentReport;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.BlueGreenDeployStep;
import io.jenkins.plugins.deploymentsop.steps.BlueGreenDriver;
import io.jenkins.plugins.deploymentsop.steps.DeploymentReportStep;
import io.jenkins.plugins.deploymentsop.steps.HttpHealthCheck;
import io.jenkins.plugins.deploymentsop.steps.NginxRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.People;
import io.jenkins.plugins.deploymentsop.steps.ReportDriver;
import io.jenkins.plugins.deploymentsop.steps.RunRecords;
import io.jenkins.plugins.deploymentsop.steps.StepEnd;
import io.jenkins.plugins.deploymentsop.steps.canary.BaselineRatioMetric;
import io.jenkins.plugins.deploymentsop.steps.canary.CanaryDriver;
import io.jenkins.plugins.deploymentsop.steps.canary.CanaryPromoteStep;
import io.jenkins.plugins.deploymentsop.steps.canary.ErrorCountMetric;
import io.jenkins.plugins.deploymentsop.steps.canary.PrometheusSource;
import io.jenkins.plugins.deploymentsop.steps.canary.ThresholdMetric;
import io.jenkins.plugins.deploymentsop.steps.checklist.ChecklistDriver;
import io.jenkins.plugins.deploymentsop.steps.checklist.ManualItem;
import io.jenkins.plugins.deploymentsop.steps.checklist.PreDeployChecklistStep;
import io.jenkins.plugins.deploymentsop.steps.rollback.PrometheusSourceConfiguration;
import io.jenkins.plugins.deploymentsop.steps.rollback.RollbackIfUnhealthyStep;
import io.jenkins.plugins.deploymentsop.steps.rollback.WatchDriver;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The release job's Pipeline, played for one build with the steps' own glue. As a Jenkinsfile (durations in seconds
 * instead of minutes; {@code deploy.sh} starts the release on the idle colour):
 *
 * <pre>
 * node('lb-host') {
 *   preDeployChecklist release: VERSION, environment: 'production', service: 'shop', checklist: 'checklist.yaml',
 *       items: [manual(id: 'release-manager', users: 'alice', instructions: 'Release notes and rollback plan reviewed')]
 *   blueGreenDeploy(service: 'shop', environment: 'production', version: VERSION, router: NGINX,
 *                   blue: BLUE, green: GREEN, healthCheck: http(path: '/health', jsonPointer: '/version', jsonEquals: VERSION),
 *                   validateFor: '2s', validationInterval: '1s') {
 *     sh "./deploy.sh ${env.DEPLOY_COLOR} ${VERSION}"
 *     canaryPromote(service: 'shop', environment: 'production', version: VERSION, router: NGINX,
 *                   source: prometheus(url: PROMETHEUS), steps: [10, 25, 50, 100], interval: '5s', sampleInterval: '1s',
 *                   initialDelay: '3s', pauseAt: [100], inconclusiveLimit: 2,
 *                   analysis: [threshold(name: 'error-rate', max: 0.05, ...), errorCount(name: 'errors', ...),
 *                              baselineRatio(name: 'p95', maxRatio: 2, allowance: 0.01, ...)])
 *   }
 *   rollbackIfUnhealthy service: 'shop', environment: 'production', watch: WATCH, interval: '1s', router: NGINX,
 *                       blue: BLUE, green: GREEN, healthChecks: [http(path: '/health')],
 *                       metrics: [prometheus(url: PROMETHEUS, errorRate: '100 * ...', latencyP95: '...')]
 * }
 * post { always { deploymentReport service: 'shop', environment: 'production', version: VERSION } }
 * </pre>
 *
 * The queries select a colour ({@code color="{{color}}"}), the label Prometheus gives each environment's target. Their
 * windows (3 s) are no longer than the initial delay of a canary step, so a step judges only traffic at its own weight:
 * releases follow each other within seconds here, and a window reaching back would see the previous version of the
 * colour.
 */
final class ReleasePipeline {
    static final String ENVIRONMENT = "production";
    static final DeploymentKey KEY = new DeploymentKey(Landscape.SERVICE, ENVIRONMENT);

    /** The release manager: signs the checklist off. */
    static final String RELEASE_MANAGER = "alice";

    /** The on-call engineer: promotes the canary to 100%. */
    static final String ON_CALL = "bob";

    private static final String ERRORS = "sum(increase(http_requests_total{code=\"500\",color=\"{{color}}\"}[3s]))";
    private static final String REQUESTS = "sum(increase(http_requests_total{color=\"{{color}}\"}[3s]))";
    private static final String ERROR_RATE = "sum(rate(http_requests_total{code=\"500\",color=\"{{color}}\"}[3s]))"
            + " / sum(rate(http_requests_total{color=\"{{color}}\"}[3s]))";
    private static final String P95 = "histogram_quantile(0.95, sum by (le)"
            + " (rate(http_request_duration_seconds_bucket{color=\"{{color}}\"}[3s])))";
    private static final String WATCHED_ERROR_RATE =
            "100 * sum(rate(http_requests_total{code=\"500\",color=\"{{color}}\"}[3s]))"
                    + " / sum(rate(http_requests_total{color=\"{{color}}\"}[3s]))";
    private static final String WATCHED_P95 = "histogram_quantile(0.95, sum by (le)"
            + " (rate(http_request_duration_seconds_bucket{color=\"{{color}}\"}[3s])))";

    private final Landscape landscape;
    private final FakeJenkins jenkins;
    private final Path dir;
    private final Progress progress;

    ReleasePipeline(final Landscape landscape, final FakeJenkins jenkins, final Path dir, final Progress progress) {
        this.landscape = landscape;
        this.jenkins = jenkins;
        this.dir = dir;
        this.progress = progress;
    }

    /**
     * Plays one build.
     *
     * @param release what the build ships
     * @param watch how long the release is watched after promotion
     * @return what happened
     * @throws Exception if a step could not run at all
     */
    BuildResult play(final Release release, final Duration watch) throws Exception {
        int number = release.build();
        Instant started = Instant.now();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Run<?, ?> run = jenkins.startBuild(number);
        Path workspace = ReleaseWorkspace.fill(
                Files.createDirectories(dir.resolve("workspace-" + number)),
                release.version(),
                landscape.productionUrl());
        AgentLink agent = BlueGreenDriver.localAgent(workspace);
        Consumer<String> buildLog = line -> {
            log.add(line);
            progress.log(number, line);
        };
        People people = pending -> answer(run, number, pending);
        String live = landscape.slot(liveColor()).version();
        progress.phase("#" + number + " " + release.version() + ": " + release.story() + " (" + live + " is live)");

        StepEnd checklist = ChecklistDriver.check(
                checklist(release.version()), run, workspace, buildLog, people, Duration.ofMinutes(1));
        progress.phase("#" + number + " preDeployChecklist " + summary(checklist));
        Optional<StepEnd> blueGreen = Optional.empty();
        AtomicReference<StepEnd> canary = new AtomicReference<>();
        Optional<StepEnd> watched = Optional.empty();
        AtomicReference<Instant> brokeAt = new AtomicReference<>();
        if (checklist.succeeded()) {
            blueGreen = Optional.of(BlueGreenDriver.deploy(
                    blueGreen(release.version()),
                    run,
                    agent,
                    buildLog,
                    environment -> {
                        Color idle = Color.parse("DEPLOY_COLOR", environment.get("DEPLOY_COLOR"));
                        progress.phase("#" + number + " deploy.sh " + idle + " " + release.version());
                        landscape.slot(idle).deploy(release.shipped());
                        StepEnd promoted = CanaryDriver.promote(
                                canary(release.version(), live), run, agent, buildLog, people, Duration.ofMinutes(2));
                        canary.set(promoted);
                        progress.phase("#" + number + " canaryPromote " + summary(promoted));
                        return promoted.succeeded() ? Optional.empty() : Optional.of(promoted.failure());
                    },
                    Duration.ofMinutes(3)));
            progress.phase("#" + number + " blueGreenDeploy " + summary(blueGreen.get()));
            if (blueGreen.get().succeeded()) {
                watched = Optional.of(watch(release, run, agent, buildLog, watch, brokeAt));
                progress.phase("#" + number + " rollbackIfUnhealthy " + summary(watched.get()));
            }
        }
        DeploymentReportStep report = new DeploymentReportStep(Landscape.SERVICE, ENVIRONMENT);
        report.setVersion(release.version());
        Map<String, Object> reported = ReportDriver.publish(report, run, buildLog);
        progress.phase(
                "#" + number + " deploymentReport: " + reported.get("outcome") + " (" + reported.get("reason") + ")");

        DeploymentRecord record =
                RecordStore.forBuild(run.getRootDir().toPath()).load(KEY).orElseThrow();
        String tab = RunRecords.find(run, KEY).orElseThrow().getReportHtml();
        TrafficSplit served = landscape.router(workspace).read();
        TrafficSample sample = TrafficSample.take(landscape.nginx().port(), 100);
        progress.phase("#" + number + " production now: " + served + "; 100 requests: " + sample);
        return new BuildResult(
                release,
                started,
                Instant.now(),
                checklist,
                blueGreen,
                Optional.ofNullable(canary.get()),
                watched,
                Optional.ofNullable(brokeAt.get()),
                reported,
                record,
                tab,
                DeploymentReport.of(record, Instant.now()).standaloneHtml(),
                served,
                sample,
                List.copyOf(log));
    }

    /** A step's end in a few words, for the progress: its reason, or that it passed. */
    private static String summary(final StepEnd end) {
        if (!end.succeeded()) {
            return "FAILED: " + end.failure();
        }
        Object items = end.result().get("items");
        if (items instanceof List) {
            return "passed (" + ((List<?>) items).size() + " items)";
        }
        Object reason = end.result().get("reason");
        return reason == null || reason.toString().isEmpty() ? "passed" : "succeeded: " + reason;
    }

    private Color liveColor() throws Exception {
        return landscape
                .router(dir)
                .read()
                .soleColor()
                .orElseThrow(() -> new IllegalStateException("production serves a mixed split before a release"));
    }

    private StepEnd watch(
            final Release release,
            final Run<?, ?> run,
            final AgentLink agent,
            final Consumer<String> buildLog,
            final Duration watch,
            final AtomicReference<Instant> brokeAt)
            throws Exception {
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            release.laterBreach()
                    .ifPresent(breach -> later.schedule(
                            () -> {
                                Color live =
                                        landscape.slot(Color.BLUE).version().equals(release.version())
                                                ? Color.BLUE
                                                : Color.GREEN;
                                landscape.slot(live).app().ifPresent(app -> app.setErrorRate(breach.errorRate()));
                                brokeAt.set(Instant.now());
                                progress.phase("#" + release.build() + " " + release.version() + " on " + live
                                        + " starts failing " + Math.round(breach.errorRate() * 100)
                                        + "% of its requests");
                            },
                            breach.after().toMillis(),
                            TimeUnit.MILLISECONDS));
            return WatchDriver.watch(
                    rollbackIfUnhealthy(watch), run, agent, buildLog, People.NOBODY, watch.plusMinutes(1));
        } finally {
            later.shutdownNow();
        }
    }

    /**
     * The people: the release manager signs the checklist off; the on-call engineer promotes a canary that passed its
     * steps to 100% (the manual gate) and aborts one the analysis could not judge.
     */
    private boolean answer(final Run<?, ?> run, final int number, final List<PendingDecision> pending) {
        for (PendingDecision question : pending) {
            if (question.choices().contains("CONFIRM")) {
                progress.phase("#" + number + " " + RELEASE_MANAGER + " confirms '" + question.title()
                        + "' on the Deployment Decisions page");
                jenkins.answer(run, RELEASE_MANAGER, question.id(), "confirm", "release notes and rollback plan read");
                return true;
            }
            if (question.choices().contains("PROMOTE")) {
                boolean gate = question.title().startsWith("Raise the canary");
                progress.phase("#" + number + " " + ON_CALL + " answers " + (gate ? "PROMOTE" : "ABORT") + " to '"
                        + question.title() + "' on the Deployment Decisions page");
                jenkins.answer(
                        run,
                        ON_CALL,
                        question.id(),
                        gate ? "promote" : "abort",
                        gate ? "dashboards look good" : "not sure what the canary does: abort");
                return true;
            }
        }
        return false;
    }

    private static PreDeployChecklistStep checklist(final String version) {
        PreDeployChecklistStep step = new PreDeployChecklistStep(version, ENVIRONMENT);
        step.setService(Landscape.SERVICE);
        step.setChecklist("checklist.yaml");
        ManualItem signOff = new ManualItem("release-manager");
        signOff.setTitle("Release manager sign-off");
        signOff.setUsers(RELEASE_MANAGER);
        signOff.setInstructions("Release notes and rollback plan reviewed");
        signOff.setTimeout("10m");
        step.setItems(List.of(signOff));
        return step;
    }

    private NginxRouterConfiguration router() {
        NginxRouterConfiguration router = new NginxRouterConfiguration(
                landscape.nginx().file().toString(),
                Landscape.SERVICE,
                landscape.nginx().statusUrl());
        router.setMode("dynamic");
        return router;
    }

    private BlueGreenDeployStep blueGreen(final String version) {
        BlueGreenDeployStep step = new BlueGreenDeployStep(
                Landscape.SERVICE,
                ENVIRONMENT,
                router(),
                landscape.slot(Color.BLUE).url(),
                landscape.slot(Color.GREEN).url());
        step.setVersion(version);
        HttpHealthCheck health = new HttpHealthCheck("/health");
        health.setJsonPointer("/version");
        health.setJsonEquals(version);
        health.setTimeout("1s");
        step.setHealthCheck(health);
        step.setValidateFor("2s");
        step.setValidationInterval("1s");
        step.setProbeSuccesses(2);
        step.setProbeAttempts(20);
        step.setProbeInterval("100ms");
        step.setProbeTimeout("10s");
        return step;
    }

    private CanaryPromoteStep canary(final String version, final String stableVersion) {
        CanaryPromoteStep step = new CanaryPromoteStep(Landscape.SERVICE, ENVIRONMENT);
        step.setRouter(router());
        step.setBlue(landscape.slot(Color.BLUE).url());
        step.setGreen(landscape.slot(Color.GREEN).url());
        step.setSource(new PrometheusSource(landscape.prometheusUrl()));
        step.setVersion(version);
        step.setStableVersion(stableVersion);
        step.setSteps(List.of(10.0, 25.0, 50.0, 100.0));
        step.setInterval("5s");
        step.setSampleInterval("1s");
        step.setInitialDelay("3s");
        step.setPauseAt(List.of(100.0));
        step.setFailureLimit(1);
        step.setInconclusiveLimit(2);
        ThresholdMetric errorRate = new ThresholdMetric("error-rate", ERROR_RATE);
        errorRate.setMax(0.05);
        ErrorCountMetric errors = new ErrorCountMetric("errors", ERRORS, REQUESTS);
        errors.setAllowedRatio(3);
        errors.setAllowedDifference(0.01);
        BaselineRatioMetric p95 = new BaselineRatioMetric("p95", P95, 2);
        p95.setAllowance(0.01);
        step.setAnalysis(List.of(errorRate, errors, p95));
        return step;
    }

    private RollbackIfUnhealthyStep rollbackIfUnhealthy(final Duration watch) {
        RollbackIfUnhealthyStep step = new RollbackIfUnhealthyStep(Landscape.SERVICE, ENVIRONMENT);
        step.setRouter(router());
        step.setBlue(landscape.slot(Color.BLUE).url());
        step.setGreen(landscape.slot(Color.GREEN).url());
        step.setHealthChecks(List.of(new HttpHealthCheck("/health")));
        PrometheusSourceConfiguration prometheus = new PrometheusSourceConfiguration(landscape.prometheusUrl());
        prometheus.setTimeout("2s");
        prometheus.setErrorRate(WATCHED_ERROR_RATE);
        prometheus.setLatencyP95(WATCHED_P95);
        step.setMetrics(List.of(prometheus));
        step.setWatch(watch.toSeconds() + "s");
        step.setInterval("1s");
        return step;
    }
}
