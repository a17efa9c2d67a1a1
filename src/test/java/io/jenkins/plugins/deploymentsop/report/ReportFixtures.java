package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.ArtifactEntry;
import io.jenkins.plugins.deploymentsop.record.ChangeEntry;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.MetricSnapshot;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Rich deployment records for the renderer and browser tests. Every string a user or a file supplies passes through
 * a text function, so the same fixture comes as it is ({@link #PLAIN}) or with a hostile payload in every field
 * ({@link #hostile()}).
 */
public final class ReportFixtures {
    /** When the fixtures' deployments start. */
    public static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    /** The hostile payloads, appended in turn to every user-supplied string of a fixture. */
    public static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "'quoted' \"double\" & <b>bold</b>",
            "| pipe [link](javascript:alert(1)) *em* `tick`\nnext line");

    /** Keeps every text as it is. */
    public static final UnaryOperator<String> PLAIN = UnaryOperator.identity();

    private ReportFixtures() {}

    /**
     * Returns a text function that appends the payloads in turn.
     *
     * @return the function; a new one restarts the rotation
     */
    public static UnaryOperator<String> hostile() {
        int[] next = {0};
        return text -> text + " " + PAYLOADS.get(next[0]++ % PAYLOADS.size());
    }

    /** A canary in four steps that went to 100% and succeeded. */
    public static DeploymentRecord successfulCanary(final UnaryOperator<String> t) {
        DeploymentRecord record = base(t, "1.4.0", Strategy.CANARY, DeploymentType.STANDARD);
        record.setChecklist(List.of(
                gate(t, "tests", "All tests pass", "CODE_QUALITY", "BLOCKING", "PASSED", "120 of 120 passed"),
                gate(t, "coverage", "Coverage at least 80%", "CODE_QUALITY", "BLOCKING", "PASSED", "line 86%"),
                gate(t, "changelog", "CHANGELOG updated", "DOCUMENTATION", "WARNING", "WAIVED", "no entry"),
                gate(t, "tech-lead", "Technical lead approval", "APPROVALS", "BLOCKING", "PASSED", "confirmed")));
        nameChecklist(record, t);
        record.addApproval(new Approval(
                t.apply("tech-lead"), t.apply("CONFIRM"), t.apply("alice"), t.apply("looks good"), at(60)));
        record.addApproval(
                new Approval(t.apply("changelog"), t.apply("WAIVE"), t.apply("bob"), t.apply("docs follow"), at(90)));
        record.addApproval(
                new Approval(t.apply("canary-step-3"), t.apply("PROMOTE"), t.apply("alice"), t.apply("ok"), at(1800)));
        step(
                record,
                t,
                0,
                "preDeployChecklist",
                "CHECKLIST",
                TimelineEntry.Status.SUCCEEDED,
                "3 of 4 passed, 1 waived");
        step(record, t, 120, "canaryPromote", "DEPLOY_CANARY", TimelineEntry.Status.SUCCEEDED, "5/5 pods ready");
        double[] weights = {5, 25, 75, 100};
        for (int i = 0; i < weights.length; i++) {
            int second = 180 + i * 600;
            record.addTrafficChange(new TrafficChange(
                    at(second), 100 - weights[i], weights[i], true, t.apply("canary step " + (i + 1) + " of 4")));
            step(
                    record,
                    t,
                    second,
                    "canaryPromote",
                    "TRAFFIC",
                    TimelineEntry.Status.SUCCEEDED,
                    "canary at " + (int) weights[i] + "%");
            if (i < 3) {
                record.addVerdict(canaryVerdict(t, second + 540, weights[i]));
            }
        }
        step(record, t, 2520, "deploymentReport", "FINISH", TimelineEntry.Status.SUCCEEDED, "report written");
        record.addArtifact(new ArtifactEntry(t.apply("shop.war"), t.apply("ab".repeat(32)), 52_428_800));
        record.addArtifact(new ArtifactEntry(t.apply("registry.local/shop:1.4.0"), t.apply("cd".repeat(32)), -1));
        String[] labels = {
            t.apply(MetricSnapshot.Moment.BEFORE.defaultLabel()), t.apply(MetricSnapshot.Moment.AFTER.defaultLabel())
        };
        snapshots(record, t, labels, "error rate", "%", 0.05, 0.06);
        snapshots(record, t, labels, "latency p95", "ms", 80, 85);
        record.addMetricSnapshot(new MetricSnapshot(
                t.apply("memory"), t.apply("%"), MetricSnapshot.Moment.BEFORE, 60, at(0), labels[0]));
        record.addChanges(List.of(
                new ChangeEntry(
                        t.apply("a1b2c3d"), t.apply("carol"), t.apply("Add cart badge"), START.minusSeconds(7200)),
                new ChangeEntry(
                        t.apply("e4f5a6b"), t.apply("dave"), t.apply("Fix tax rounding"), START.minusSeconds(3600)),
                new ChangeEntry(
                        t.apply("0a0b0c0"), t.apply("erin"), t.apply("Bump library"), START.minusSeconds(600))));
        record.finish(Outcome.SUCCEEDED, t.apply("every recorded phase succeeded"), at(2520));
        return record;
    }

    /** A blue-green hotfix that switched to green, breached the error-rate rule and switched back. */
    public static DeploymentRecord rolledBackBlueGreen(final UnaryOperator<String> t) {
        DeploymentRecord record = base(t, "1.4.1", Strategy.BLUE_GREEN, DeploymentType.HOTFIX);
        record.setLiveColor(t.apply("blue"));
        record.setPreviousColor(t.apply("green"));
        record.setChecklist(
                List.of(gate(t, "tests", "All tests pass", "CODE_QUALITY", "BLOCKING", "PASSED", "80 of 80 passed")));
        nameChecklist(record, t);
        record.addApproval(new Approval(
                t.apply("rollback"), t.apply("ROLLBACK"), t.apply("SYSTEM"), t.apply("automatic"), at(520)));
        step(record, t, 0, "blueGreenDeploy", "DEPLOY_GREEN", TimelineEntry.Status.SUCCEEDED, "green deployed");
        step(record, t, 60, "blueGreenDeploy", "HEALTH_CHECK", TimelineEntry.Status.SUCCEEDED, "3/3 healthy");
        record.addTrafficChange(new TrafficChange(at(0), 100, 0, true, t.apply("before the switch")));
        record.addTrafficChange(new TrafficChange(at(120), 0, 100, true, t.apply("switch to green")));
        step(record, t, 120, "blueGreenDeploy", "SWITCH", TimelineEntry.Status.SUCCEEDED, "100% on green");
        step(
                record,
                t,
                480,
                "rollbackIfUnhealthy",
                "WATCH",
                TimelineEntry.Status.FAILED,
                "error rate 12% > 10% for 2m");
        record.addVerdict(new AnalysisVerdict(
                at(480),
                t.apply("validation"),
                100,
                t.apply("FAIL"),
                Double.NaN,
                t.apply("error rate 12% > 10%"),
                List.of(new MetricVerdict(
                        t.apply("error rate"),
                        t.apply("FAIL"),
                        t.apply("12% > 10% for 2m"),
                        Map.of(t.apply("canary"), 12.0, t.apply("threshold"), 10.0)))));
        record.addRollback(new RollbackEvent(
                0,
                t.apply(RollbackEvent.WHOLE_ROLLBACK),
                t.apply("TRAFFIC"),
                t.apply("error rate 12% > 10%"),
                at(520),
                at(560),
                t.apply(RollbackEvent.SUCCEEDED),
                true,
                t.apply("100% on blue")));
        record.addTrafficChange(new TrafficChange(at(540), 100, 0, false, t.apply("switch back: error rate 12%")));
        record.putIncident(new Incident(
                t.apply("INC-1"),
                t.apply("error rate > 10% for 2m"),
                t.apply("P0"),
                t.apply("12%, 13%, 12%"),
                at(480),
                at(560),
                at(660)));
        step(record, t, 560, "rollbackIfUnhealthy", "ROLLBACK", TimelineEntry.Status.SUCCEEDED, "100% on blue");
        record.addArtifact(new ArtifactEntry(t.apply("shop.war"), t.apply("ef".repeat(32)), 1024));
        String[] labels = {t.apply(MetricSnapshot.AT_WATCH_START), t.apply(MetricSnapshot.AT_WATCH_END)};
        snapshots(record, t, labels, "error rate", "%", 0.1, 12);
        snapshots(record, t, labels, "latency p95", "ms", 0, 95);
        record.addChanges(List.of(new ChangeEntry(
                t.apply("f00ba47"), t.apply("frank"), t.apply("Hotfix checkout"), START.minusSeconds(900))));
        record.finish(Outcome.ROLLED_BACK, t.apply("rolled back: error rate 12% > 10%"), at(720));
        return record;
    }

    /**
     * The rolled-back blue-green deployment, rolled back by {@code rollbackIfUnhealthy} in full: one event per action,
     * the destroy of the failed environment failing after service was restored.
     */
    public static DeploymentRecord rolledBackInFull(final UnaryOperator<String> t) {
        DeploymentRecord record = rolledBackBlueGreen(t);
        String trigger = t.apply("error-rate-p0 (P0): error rate 12% > 10%");
        record.setRollbacks(List.of(
                action(t, "SWITCH_TRAFFIC_BACK", trigger, 520, 521, "SUCCEEDED", "HAProxy serves blue 100% (verified)"),
                action(t, "RESTORE_DATABASE", trigger, 521, 610, "SUCCEEDED", "`./restore-db.sh` exited 0"),
                action(t, "VERIFY_HEALTH", trigger, 610, 612, "SUCCEEDED", "blue GET /health: healthy"),
                action(t, "DESTROY_FAILED_ENVIRONMENT", trigger, 612, 640, "FAILED", "`terraform destroy` exited 1")));
        return record;
    }

    private static RollbackEvent action(
            final UnaryOperator<String> t,
            final String action,
            final String trigger,
            final int from,
            final int to,
            final String outcome,
            final String detail) {
        return new RollbackEvent(
                1,
                t.apply(action),
                t.apply("FULL"),
                trigger,
                at(from),
                at(to),
                t.apply(outcome),
                "SUCCEEDED".equals(outcome),
                t.apply(detail));
    }

    /** A deployment stopped by a failed blocking gate: most sections stay empty. */
    public static DeploymentRecord failedChecklist(final UnaryOperator<String> t) {
        DeploymentRecord record = base(t, "2.0.0", Strategy.OTHER, DeploymentType.STANDARD);
        ChecklistEntry coverage = new ChecklistEntry(
                t.apply("coverage"),
                t.apply("Coverage at least 80%"),
                t.apply("CODE_QUALITY"),
                t.apply("BLOCKING"),
                t.apply("FAILED"),
                t.apply("line 71% < 80%"),
                Map.of(t.apply("line"), t.apply("71%"), t.apply("branch"), t.apply("64%")),
                List.of(
                        t.apply("target/site/jacoco/jacoco.xml"),
                        "javascript:alert(1)",
                        "https://ci.example.invalid/x?a=1&b=2"));
        record.setChecklist(List.of(
                coverage,
                gate(t, "security", "No critical vulnerabilities", "SECURITY", "BLOCKING", "ERROR", "report missing"),
                gate(t, "ops", "Operations sign-off", "APPROVALS", "BLOCKING", "PENDING", "waiting")));
        nameChecklist(record, t);
        record.addApproval(
                new Approval(t.apply("ops"), t.apply("REJECT"), t.apply("mallory"), t.apply("not today"), at(30)));
        step(record, t, 0, "preDeployChecklist", "CHECKLIST", TimelineEntry.Status.FAILED, "2 blocking gates failed");
        record.finish(Outcome.FAILED, t.apply("blocking gate coverage: line 71% < 80%"), at(45));
        return record;
    }

    /** A record just started: nothing but its key. */
    public static DeploymentRecord justStarted() {
        return new DeploymentRecord(new DeploymentKey("shop", "production"), START);
    }

    private static DeploymentRecord base(
            final UnaryOperator<String> t, final String version, final Strategy strategy, final DeploymentType type) {
        DeploymentRecord record = new DeploymentRecord(new DeploymentKey("shop", "production"), START);
        // set directly: a record file read back may hold anything here, so the hostile fixture covers them too
        record.setService(t.apply("shop"));
        record.setEnvironment(t.apply("production"));
        record.setVersion(t.apply(version));
        record.setStrategy(strategy);
        record.setType(type);
        record.setJob(t.apply("shop/deploy"));
        record.setBuild(42);
        return record;
    }

    /** Names the checklist of every entry: as it is (the default) or, in the hostile fixtures, with a payload. */
    private static void nameChecklist(final DeploymentRecord record, final UnaryOperator<String> t) {
        String name = t.apply(ChecklistEntry.DEFAULT_CHECKLIST);
        record.setChecklist(record.getChecklist().stream()
                .map(entry -> entry.inChecklist(name))
                .toList());
    }

    private static ChecklistEntry gate(
            final UnaryOperator<String> t,
            final String id,
            final String title,
            final String group,
            final String severity,
            final String status,
            final String evidence) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(t.apply("checked"), t.apply("yes"));
        return new ChecklistEntry(
                t.apply(id),
                t.apply(title),
                t.apply(group),
                t.apply(severity),
                t.apply(status),
                t.apply(evidence),
                details,
                List.of(t.apply("evidence/" + id + ".txt")));
    }

    private static void step(
            final DeploymentRecord record,
            final UnaryOperator<String> t,
            final int second,
            final String step,
            final String phase,
            final TimelineEntry.Status status,
            final String message) {
        record.addTimeline(new TimelineEntry(at(second), t.apply(step), t.apply(phase), status, t.apply(message)));
    }

    private static AnalysisVerdict canaryVerdict(final UnaryOperator<String> t, final int second, final double weight) {
        Map<String, Double> latency = new LinkedHashMap<>();
        latency.put(t.apply("canary"), 212.0);
        latency.put(t.apply("baseline"), 205.0);
        latency.put(t.apply("canarySamples"), 480.0);
        latency.put(t.apply("baselineSamples"), 9120.0);
        latency.put(t.apply("statistic"), 2_101_337.0);
        latency.put(t.apply("pValue"), 0.4312);
        latency.put(t.apply("intervalLow"), -3.5);
        latency.put(t.apply("intervalHigh"), 11.25);
        latency.put(t.apply("effect"), 4.0);
        latency.put(t.apply("threshold"), 50.0);
        return new AnalysisVerdict(
                at(second),
                t.apply("canary " + (int) weight + "%"),
                weight,
                t.apply("PASS"),
                100,
                t.apply("all metrics pass"),
                List.of(
                        new MetricVerdict(
                                t.apply("latency p95"),
                                t.apply("PASS"),
                                t.apply("Hodges-Lehmann shift 4 ms, 95% CI [-3.5, 11.25] within 50 ms"),
                                latency),
                        new MetricVerdict(
                                t.apply("error rate"),
                                t.apply("PASS"),
                                t.apply("0.06% <= 1%"),
                                Map.of(t.apply("canary"), 0.06, t.apply("threshold"), 1.0))));
    }

    private static void snapshots(
            final DeploymentRecord record,
            final UnaryOperator<String> t,
            final String[] labels,
            final String name,
            final String unit,
            final double before,
            final double after) {
        String metric = t.apply(name);
        String metricUnit = t.apply(unit);
        record.addMetricSnapshot(
                new MetricSnapshot(metric, metricUnit, MetricSnapshot.Moment.BEFORE, before, at(0), labels[0]));
        record.addMetricSnapshot(
                new MetricSnapshot(metric, metricUnit, MetricSnapshot.Moment.AFTER, after, at(700), labels[1]));
    }

    private static Instant at(final int second) {
        return START.plusSeconds(second);
    }
}
