package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.Sample;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleJudgesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void shouldJudgeAbsoluteThresholds() {
        ThresholdJudge errorRate = ThresholdJudge.of(Comparison.LESS_THAN, 0.01);

        MetricVerdict pass = errorRate.judge("error-rate", Measurement.of(NOW, 0.002));
        MetricVerdict fail = errorRate.judge("error-rate", Measurement.of(NOW, 0.05));
        MetricVerdict edge = errorRate.judge("error-rate", Measurement.of(NOW, 0.01));

        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.reason()).isEqualTo("value 0.002 < 0.01");
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.reason()).isEqualTo("value 0.05 is not < 0.01");
        assertThat(fail.figure("value")).contains(0.05);
        assertThat(edge.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void shouldAggregateRangesAndMarkCriticalThresholds() {
        ThresholdJudge p95 = new ThresholdJudge(Comparison.AT_MOST, 0.5, Aggregation.MAX, true);
        Measurement range = Measurement.of(List.of(
                new Sample(NOW, 0.2), new Sample(NOW.plusSeconds(60), 0.7), new Sample(NOW.plusSeconds(120), 0.3)));

        MetricVerdict verdict = p95.judge("p95", range);

        assertThat(verdict.isCriticalFailure()).isTrue();
        assertThat(verdict.reason()).isEqualTo("max of 3 values 0.7 is not <= 0.5");
        assertThat(Aggregation.MEAN.apply(range.values())).isEqualTo(0.4, within(1e-12));
        assertThat(Aggregation.MEDIAN.apply(range.values())).isEqualTo(0.3);
        assertThat(Aggregation.LAST.apply(range.values())).isEqualTo(0.3);
        assertThat(Aggregation.MIN.apply(range.values())).isEqualTo(0.2);
    }

    @Test
    void shouldNeverPassWithoutData() {
        ThresholdJudge judge = ThresholdJudge.of(Comparison.LESS_THAN, 0.01);

        MetricVerdict empty = judge.judge("error-rate", Measurement.noData("the query returned no series"));
        MetricVerdict down = judge.judge("error-rate", Measurement.error("Prometheus: cannot connect"));

        assertThat(empty.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(empty.reason()).isEqualTo("the metric has no data: the query returned no series");
        assertThat(down.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(down.reason()).isEqualTo("the metric: Prometheus: cannot connect");
    }

    @Test
    void shouldCompareTheCanaryWithTheBaseline() {
        BaselineRatioJudge judge = BaselineRatioJudge.atMost(1.2);

        MetricVerdict pass = judge.judge("p95", Measurement.of(NOW, 0.110), Measurement.of(NOW, 0.100));
        MetricVerdict fail = judge.judge("p95", Measurement.of(NOW, 0.150), Measurement.of(NOW, 0.100));

        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.reason()).isEqualTo("canary 0.11 (ratio 1.1) <= 1.2 × stable 0.1 = 0.12");
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.reason()).isEqualTo("canary 0.15 (ratio 1.5) is not <= 1.2 × stable 0.1 = 0.12");
        assertThat(fail.figure("ratio").orElseThrow()).isEqualTo(1.5, within(1e-12));
    }

    @Test
    void shouldToleratePerAllowanceAgainstAZeroBaseline() {
        BaselineRatioJudge judge = new BaselineRatioJudge(Comparison.AT_MOST, 1.5, 0.001, Aggregation.LAST, false);

        MetricVerdict verdict = judge.judge("error-rate", Measurement.of(NOW, 0.0005), Measurement.of(NOW, 0));

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat(verdict.figure("ratio").orElseThrow()).isNaN();
        assertThat(verdict.reason()).isEqualTo("canary 0.0005 <= 1.5 × stable 0 + 0.001 = 0.001");
        assertThat(judge.judge("error-rate", Measurement.of(NOW, 0.0005), Measurement.error("down"))
                        .outcome())
                .isEqualTo(Outcome.ERROR);
    }

    @Test
    void shouldParseComparisonsAndRejectBadLimits() {
        assertThat(Comparison.parse("operator", " <= ")).isEqualTo(Comparison.AT_MOST);
        assertThatThrownBy(() -> Comparison.parse("operator", "=<"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'operator': '=<' (allowed: <, <=, >, >=)");
        assertThatThrownBy(() -> BaselineRatioJudge.atMost(0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'factor'");
        assertThatThrownBy(() -> ThresholdJudge.of(Comparison.LESS_THAN, Double.NaN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Comparison.GREATER_THAN.holds(Double.NaN, 0)).isFalse();
        assertThat(Comparison.LESS_THAN.holds(Double.NaN, 0)).isFalse();
    }

    @Test
    void shouldFormatNumbersReadably() {
        assertThat(Numbers.format(0.012345)).isEqualTo("0.01235");
        assertThat(Numbers.format(312.5)).isEqualTo("312.5");
        assertThat(Numbers.format(5.6923e-7)).isEqualTo("5.692e-7");
        assertThat(Numbers.format(100)).isEqualTo("100");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(Numbers.signed(0.5)).isEqualTo("+0.5");
    }
}
