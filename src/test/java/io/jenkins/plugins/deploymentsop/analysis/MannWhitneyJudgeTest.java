package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.Sample;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MannWhitneyJudgeTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static double[] latencies(final long seed, final int count, final double median) {
        SplittableRandom random = new SplittableRandom(seed);
        return random.doubles(count)
                .map(u -> median * Math.exp(0.4 * gaussian(random)))
                .toArray();
    }

    private static double gaussian(final SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static Measurement measurement(final double[] values) {
        return Measurement.of(
                Arrays.stream(values).mapToObj(v -> new Sample(NOW, v)).collect(Collectors.toList()));
    }

    @Test
    void shouldFailASlowerCanaryWithTheShiftAndItsInterval() {
        double[] stable = latencies(1, 200, 0.100);
        double[] canary = latencies(2, 200, 0.150);

        MetricVerdict verdict =
                MannWhitneyJudge.of(Direction.INCREASE).judge("latency", measurement(canary), measurement(stable));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.isCriticalFailure()).isFalse();
        assertThat(verdict.figure("p-value").orElseThrow()).isLessThan(1e-6);
        assertThat(verdict.figure("shift").orElseThrow()).isBetween(0.03, 0.07);
        assertThat(verdict.figure("shift lower").orElseThrow()).isPositive();
        assertThat(verdict.figure("ratio").orElseThrow()).isBetween(1.3, 1.7);
        assertThat(verdict.reason()).contains("significantly higher", "95% CI", "n = 200/200");
    }

    @Test
    void shouldPassTheSameDistribution() {
        MetricVerdict verdict =
                MannWhitneyJudge.of(Direction.EITHER).judge("latency", latencies(3, 300, 0.1), latencies(4, 300, 0.1));

        assertThat(verdict.outcome()).as(verdict.reason()).isEqualTo(Outcome.PASS);
        assertThat(verdict.reason()).startsWith("no significant change");
    }

    @Test
    void shouldTolerateASignificantShiftWithinTheAllowedEffect() {
        MannWhitneyJudge tolerant = MannWhitneyJudge.of(
                Direction.INCREASE,
                0.95,
                EffectLimits.allowing(1.2, 1),
                false,
                MannWhitneyJudge.DEFAULT_MINIMUM_SAMPLES);

        MetricVerdict verdict = tolerant.judge("latency", latencies(5, 2000, 0.105), latencies(6, 2000, 0.100));

        assertThat(verdict.outcome()).as(verdict.reason()).isEqualTo(Outcome.PASS);
        assertThat(verdict.reason()).startsWith("significant but within the allowed ratio");
    }

    @Test
    void shouldIgnoreTheHarmlessDirectionAndFlagItWhenAsked() {
        double[] slower = latencies(7, 100, 0.2);
        double[] faster = latencies(8, 100, 0.1);

        assertThat(MannWhitneyJudge.of(Direction.INCREASE)
                        .judge("latency", faster, slower)
                        .outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(MannWhitneyJudge.of(Direction.DECREASE)
                        .judge("throughput", faster, slower)
                        .outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void shouldMarkCriticalFailures() {
        MannWhitneyJudge bySize = MannWhitneyJudge.of(
                Direction.INCREASE, 0.95, EffectLimits.allowing(1.1, 1).withCritical(1.5, 0), false, 5);
        MannWhitneyJudge byMetric = MannWhitneyJudge.of(Direction.INCREASE, 0.95, EffectLimits.NONE, true, 5);
        double[] stable = latencies(9, 100, 0.1);

        assertThat(bySize.judge("latency", latencies(10, 100, 0.3), stable).isCriticalFailure())
                .isTrue();
        assertThat(bySize.judge("latency", latencies(10, 100, 0.13), stable).isCriticalFailure())
                .isFalse();
        assertThat(byMetric.judge("latency", latencies(10, 100, 0.13), stable).isCriticalFailure())
                .isTrue();
    }

    @Test
    void shouldBeInconclusiveWithTooFewSamplesOrNoData() {
        MetricVerdict few = MannWhitneyJudge.of(Direction.INCREASE)
                .judge("latency", new double[] {1, 2, Double.NaN}, latencies(1, 50, 1));
        assertThat(few.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(few.reason()).isEqualTo("too few finite samples to compare: canary 2, stable 50 (at least 5 each)");

        MetricVerdict empty = MannWhitneyJudge.of(Direction.INCREASE)
                .judge("latency", Measurement.noData("the query returned no series"), Measurement.of(NOW, 1));
        assertThat(empty.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(empty.reason()).isEqualTo("canary has no data: the query returned no series");

        MetricVerdict error = MannWhitneyJudge.of(Direction.INCREASE)
                .judge("latency", Measurement.of(List.of(new Sample(NOW, 1))), Measurement.error("timeout"));
        assertThat(error.outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> MannWhitneyJudge.of(Direction.INCREASE, 1.5, EffectLimits.NONE, false, 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'confidence'");
        assertThatThrownBy(() -> EffectLimits.allowing(0.9, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'allowedIncrease'");
    }
}
