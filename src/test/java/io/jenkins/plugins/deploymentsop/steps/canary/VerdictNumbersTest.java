package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.analysis.AnalysisRun;
import io.jenkins.plugins.deploymentsop.analysis.AnalysisRunner;
import io.jenkins.plugins.deploymentsop.analysis.CanaryVerdict;
import io.jenkins.plugins.deploymentsop.analysis.Figure;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.analysis.MetricSettings;
import io.jenkins.plugins.deploymentsop.analysis.MetricVerdict;
import io.jenkins.plugins.deploymentsop.analysis.Outcome;
import io.jenkins.plugins.deploymentsop.rollout.CanaryStepVerdict;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-metric verdicts of a canary step as the record keeps them. */
class VerdictNumbersTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private static MetricSettings metric(final String name) {
        return MetricSettings.builder(name)
                .interval(TimeSpan.ofMinutes(1))
                .count(0)
                .failureLimit(0)
                .build();
    }

    private static MetricCheck answering(final String name, final Outcome outcome, final Figure... figures) {
        return () -> MetricVerdict.of(name, outcome, List.of(figures), name + " " + outcome);
    }

    @Test
    void shouldShowAMetricWithoutDataWhenAnotherDecidedTheStepAsNotNeeded() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(List.of(metric("error-rate"), metric("errors")), START);
        new AnalysisRunner(
                        Clock.fixed(START, ZoneOffset.UTC),
                        Map.of(
                                "error-rate", answering("error-rate", Outcome.FAIL, new Figure("value", 0.3)),
                                "errors", answering("errors", Outcome.FAIL, new Figure("p-value", 5e-45))))
                .tick(run);
        CanaryStepVerdict step =
                new CanaryStepVerdict(1, 4, Percentage.of(10), CanaryVerdict.FAIL, run.reason(), START, START, run);

        List<io.jenkins.plugins.deploymentsop.record.MetricVerdict> metrics = VerdictNumbers.metricsOf(step);

        assertThat(metrics)
                .extracting(metric -> metric.metric() + " " + metric.verdict())
                .containsExactly("error-rate FAIL", "errors SKIPPED");
        assertThat(metrics.get(1).reason()).isEqualTo("not needed: the analysis already ended: 'error-rate' failed");
        assertThat(metrics.get(1).numbers()).containsEntry("measurements", 0.0);
    }

    @Test
    void shouldReportTheOwnVerdictOfAMetricThatWasCutShortWithDecisiveNumbers() throws InterruptedException {
        MetricSettings tolerant = MetricSettings.builder("errors")
                .interval(TimeSpan.ofMinutes(1))
                .count(0)
                .failureLimit(1)
                .build();
        MetricSettings errorRate = MetricSettings.builder("error-rate")
                .interval(TimeSpan.ofMinutes(1))
                .count(0)
                .failureLimit(1)
                .build();
        AnalysisRun run = new AnalysisRun(List.of(errorRate, tolerant), START);
        Map<String, MetricCheck> checks = Map.of(
                "error-rate", answering("error-rate", Outcome.FAIL, new Figure("value", 0.3)),
                "errors", answering("errors", Outcome.FAIL, new Figure("p-value", 5e-45)));
        new AnalysisRunner(Clock.fixed(START, ZoneOffset.UTC), checks).tick(run);
        new AnalysisRunner(Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC), checks).tick(run);
        CanaryStepVerdict step =
                new CanaryStepVerdict(1, 4, Percentage.of(10), CanaryVerdict.FAIL, run.reason(), START, START, run);

        List<io.jenkins.plugins.deploymentsop.record.MetricVerdict> metrics = VerdictNumbers.metricsOf(step);

        assertThat(metrics.get(1).verdict()).as("p = 5e-45 is not inconclusive").isEqualTo("FAIL");
        assertThat(metrics.get(1).numbers()).containsEntry("pValue", 5e-45).containsEntry("failed", 1.0);
        assertThat(metrics.get(1).reason()).startsWith("cut short (the analysis already ended: 'error-rate' failed)");
    }
}
