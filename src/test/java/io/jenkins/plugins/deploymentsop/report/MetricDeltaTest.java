package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.AnalysisVerdict;
import io.jenkins.plugins.deploymentsop.record.MetricSnapshot;
import io.jenkins.plugins.deploymentsop.record.MetricSnapshot.Moment;
import io.jenkins.plugins.deploymentsop.record.MetricVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricDeltaTest {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private static MetricSnapshot snapshot(final String name, final String unit, final Moment moment, final double v) {
        return new MetricSnapshot(name, unit, moment, v, AT);
    }

    @Test
    void shouldComputeAbsoluteAndRelativeDeltasFromTheLatestValueOfEachSide() {
        List<MetricDelta> deltas = MetricDeltas.of(
                        List.of(
                                snapshot("latency p50", "ms", Moment.BEFORE, 70),
                                snapshot("latency p50", "ms", Moment.BEFORE, 80),
                                snapshot("error rate", "%", Moment.BEFORE, 0.05),
                                snapshot("latency p50", "ms", Moment.AFTER, 85),
                                snapshot("error rate", "%", Moment.AFTER, 0.04)),
                        List.of())
                .rows();

        assertThat(deltas).extracting(MetricDelta::name).containsExactly("latency p50", "error rate");
        MetricDelta latency = deltas.get(0);
        assertThat(latency.absolute()).hasValue(5.0);
        assertThat(latency.relativePercent()).hasValue(6.25);
        assertThat(latency.absoluteText()).isEqualTo("+5 ms");
        assertThat(latency.relativeText()).isEqualTo("+6.25%");
        assertThat(latency.beforeText()).isEqualTo("80 ms");
        MetricDelta errors = deltas.get(1);
        assertThat(errors.absoluteText()).isEqualTo("-0.01%");
        assertThat(errors.relativeText()).isEqualTo("-20%");
        assertThat(errors.status()).isEmpty();
    }

    @Test
    void shouldShowADashWhenOnlyOneSideWasCaptured() {
        List<MetricDelta> deltas = MetricDeltas.of(
                        List.of(snapshot("memory", "%", Moment.BEFORE, 60), snapshot("cpu", "%", Moment.AFTER, 48)),
                        List.of())
                .rows();

        assertThat(deltas.get(0).afterText()).isEqualTo("—");
        assertThat(deltas.get(0).absoluteText()).isEqualTo("—");
        assertThat(deltas.get(0).relativeText()).isEqualTo("—");
        assertThat(deltas.get(1).beforeText()).isEqualTo("—");
        assertThat(deltas.get(1).afterText()).isEqualTo("48%");
        assertThat(deltas.get(1).absolute()).isEmpty();
    }

    @Test
    void shouldHaveNoRelativeDeltaFromZero() {
        MetricDelta delta = MetricDeltas.of(
                        List.of(snapshot("errors", "", Moment.BEFORE, 0), snapshot("errors", "", Moment.AFTER, 3)),
                        List.of())
                .rows()
                .get(0);

        assertThat(delta.absoluteText()).isEqualTo("+3");
        assertThat(delta.relativeText()).isEqualTo("—");
    }

    @Test
    void shouldTakeTheStatusFromTheLatestVerdictOfTheMetric() {
        List<AnalysisVerdict> verdicts = List.of(
                verdict(new MetricVerdict("Error Rate", "PASS", "ok", Map.of())),
                verdict(new MetricVerdict("error rate", "FAIL", "12% > 10%", Map.of())));

        MetricDelta delta = MetricDeltas.of(List.of(snapshot("error rate", "%", Moment.AFTER, 12)), verdicts)
                .rows()
                .get(0);

        assertThat(delta.status()).isEqualTo("FAIL");
    }

    @Test
    void shouldNameTheColumnsByTheirMomentsAndCompareWatchStartWithWatchEnd() {
        MetricTable table = MetricDeltas.of(
                List.of(
                        labelled("error rate", Moment.BEFORE, 1, MetricSnapshot.AT_WATCH_START),
                        labelled("p95", Moment.BEFORE, 0.2, MetricSnapshot.AT_WATCH_START),
                        labelled("error rate", Moment.AFTER, 12.5, MetricSnapshot.AT_WATCH_END),
                        labelled("error rate", Moment.AFTER, 0.5, MetricSnapshot.AFTER_ROLLBACK)),
                List.of());

        assertThat(table.columns()).containsExactly("At watch start", "At watch end", "After rollback");
        assertThat(table.beforeLabel()).isEqualTo("At watch start");
        assertThat(table.afterLabel()).isEqualTo("At watch end");
        MetricDelta errors = table.rows().get(0);
        assertThat(errors.valueText("After rollback")).isEqualTo("0.5%");
        assertThat(errors.absolute())
                .as("the release's change, not the rollback's")
                .hasValue(11.5);
        assertThat(table.rows().get(1).valueText("At watch end")).isEqualTo("—");
        assertThat(table.rows().get(1).absolute()).isEmpty();
        assertThat(MetricsHtml.deltaHeader(table)).isEqualTo("Delta (At watch start → At watch end)");
    }

    @Test
    void shouldReadSnapshotsWithoutLabelAsThoseOfTheSopsPreAndPostDeployColumns() {
        MetricSnapshot old = new MetricSnapshot("error rate", "%", Moment.BEFORE, 1, AT, null);

        assertThat(old.label()).isEqualTo("Pre-Deploy");
        assertThat(MetricDeltas.of(List.of(old, snapshot("error rate", "%", Moment.AFTER, 2)), List.of())
                        .columns())
                .containsExactly("Pre-Deploy", "Post-Deploy");
    }

    private static MetricSnapshot labelled(
            final String name, final Moment moment, final double value, final String label) {
        return new MetricSnapshot(name, "%", moment, value, AT, label);
    }

    private static AnalysisVerdict verdict(final MetricVerdict metric) {
        return new AnalysisVerdict(AT, "validation", 100, metric.verdict(), 0, "", List.of(metric));
    }
}
