package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CountJudgeTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void shouldCatchASparseErrorIncreaseThatMannWhitneyMisses() {
        // 30 one-minute windows of 1,000 requests each. The canary fails 2% of requests in 3 windows (60 errors),
        // stable fails 1 request in one window. Per-window error rates are mostly 0 on both sides, so the rank test
        // sees 27 and 29 tied zeros and no convincing shift; the count test weighs 60 errors against 1.
        double[] canaryRates = new double[30];
        double[] stableRates = new double[30];
        Arrays.fill(canaryRates, 27, 30, 0.02);
        stableRates[29] = 0.001;

        MetricVerdict rankTest = MannWhitneyJudge.of(Direction.INCREASE).judge("error-rate", canaryRates, stableRates);
        MetricVerdict countTest =
                CountJudge.errors().judge("errors", new EventCounts(60, 30_000), new EventCounts(1, 30_000));

        assertThat(rankTest.outcome()).as(rankTest.reason()).isEqualTo(Outcome.PASS);
        assertThat(rankTest.figure("p-value").orElseThrow()).isGreaterThan(0.1);
        assertThat(countTest.outcome()).as(countTest.reason()).isEqualTo(Outcome.FAIL);
        assertThat(countTest.figure("p-value").orElseThrow()).isLessThan(1e-15);
        assertThat(countTest.reason()).contains("significantly higher", "canary 60 of 30000", "stable 1 of 30000");
    }

    @Test
    void shouldPassEqualRatesAndNoErrorsAtAll() {
        assertThat(CountJudge.errors()
                        .judge("errors", new EventCounts(3, 10_000), new EventCounts(3, 10_000))
                        .outcome())
                .isEqualTo(Outcome.PASS);
        MetricVerdict none = CountJudge.errors().judge("errors", new EventCounts(0, 500), new EventCounts(0, 800));
        assertThat(none.outcome()).isEqualTo(Outcome.PASS);
        assertThat(none.reason()).startsWith("no difference to test");
    }

    @Test
    void shouldNotFlagADecreaseOfErrors() {
        MetricVerdict verdict =
                CountJudge.errors().judge("errors", new EventCounts(0, 10_000), new EventCounts(50, 10_000));

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void shouldTolerateAnIncreaseWithinTheAllowedDifference() {
        CountJudge tolerant =
                CountJudge.of(Direction.INCREASE, 0.95, 1, 0.01, CountTestMethod.CONDITIONAL_BINOMIAL, false);

        MetricVerdict verdict = tolerant.judge("errors", new EventCounts(60, 10_000), new EventCounts(5, 10_000));

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat(verdict.reason()).contains("significant", "tolerated");
    }

    @Test
    void shouldUseTheTwoProportionTestWhenAsked() {
        CountJudge judge = CountJudge.of(Direction.INCREASE, 0.95, 1, 0, CountTestMethod.TWO_PROPORTION_Z, true);

        MetricVerdict verdict = judge.judge("errors", new EventCounts(189, 11_034), new EventCounts(104, 11_037));

        assertThat(verdict.isCriticalFailure()).isTrue();
        assertThat(verdict.figure("z").orElseThrow()).isBetween(5.0, 5.01);
    }

    @Test
    void shouldBeInconclusiveWithoutTrafficAndAnErrorWhenASourceFails() {
        assertThat(CountJudge.errors()
                        .judge("errors", new EventCounts(0, 0), new EventCounts(1, 100))
                        .outcome())
                .isEqualTo(Outcome.INCONCLUSIVE);

        MetricVerdict failed = CountJudge.errors()
                .judge(
                        "errors",
                        Measurement.of(NOW, 3),
                        Measurement.error("Prometheus: cannot connect"),
                        Measurement.of(NOW, 1),
                        Measurement.of(NOW, 100));
        assertThat(failed.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(failed.reason()).isEqualTo("canary trials: Prometheus: cannot connect");
    }

    @Test
    void shouldRoundExtrapolatedCountsFromPrometheus() {
        MetricVerdict verdict = CountJudge.errors()
                .judge(
                        "errors",
                        Measurement.of(NOW, 40.4),
                        Measurement.of(NOW, 1999.6),
                        Measurement.of(NOW, 0.9),
                        Measurement.of(NOW, 2000.2));

        assertThat(verdict.figure("canary events")).contains(40.0);
        assertThat(verdict.figure("canary trials")).contains(2000.0);
        assertThat(verdict.figure("stable events")).contains(1.0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    }
}
