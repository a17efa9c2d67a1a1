package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.analysis.Direction;
import io.jenkins.plugins.deploymentsop.analysis.EffectLimits;
import io.jenkins.plugins.deploymentsop.analysis.MannWhitneyJudge;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class MannWhitneyMetricTest {
    private static final String QUERY =
            "histogram_quantile(0.95, sum by (le) (rate(latency_bucket{version=\"{{version}}\"}[1m])))";

    private static MetricWiring wiring() {
        Clock clock = Clock.systemUTC();
        return new MetricWiring(
                QueryVariables.of("shop", "production", "v2", "green"),
                QueryVariables.of("shop", "production", "v1", "blue"),
                new PrometheusSource("http://127.0.0.1:9090"),
                source -> source.createClient(HttpAuth.none(), clock),
                clock);
    }

    @Test
    void shouldAcceptWindowAndStepInEitherOrderAsPipelineMaySetThem() {
        MannWhitneyMetric stepFirst = new MannWhitneyMetric("latency", QUERY);
        stepFirst.setStep("1s");
        stepFirst.setWindow("6s");
        MannWhitneyMetric windowFirst = new MannWhitneyMetric("latency", QUERY);
        windowFirst.setWindow("6s"); // shorter than the default step of 15s until the step is set
        windowFirst.setStep("1s");

        assertThat(windowFirst.getWindow()).isEqualTo(stepFirst.getWindow()).isEqualTo("6s");
        assertThat(windowFirst.createCheck(wiring())).isNotNull();
    }

    @Test
    void shouldNameTheStepLongerThanTheWindowWhenTheCheckIsBuilt() {
        MannWhitneyMetric metric = new MannWhitneyMetric("latency", QUERY);
        metric.setWindow("30s");
        metric.setStep("1m");

        assertThatThrownBy(() -> metric.createCheck(wiring()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'step': '1m'")
                .hasMessageContaining("at most the window 30s");
        assertThatThrownBy(() -> metric.setWindow("0s"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'window'");
    }

    // six p95 points per side as a loaded CI machine measured them: every canary point 2% above stable, so the rank
    // test is sure (p < 0.01) of a shift nobody would roll back for
    private static final double[] STABLE_P95 = {0.00480, 0.00481, 0.00482, 0.00483, 0.00484, 0.00485};
    private static final double[] CANARY_P95 = {0.00490, 0.00491, 0.00492, 0.00493, 0.00494, 0.00495};

    private static String verdictOf(final MannWhitneyMetric metric) {
        return MannWhitneyJudge.of(Direction.INCREASE, 0.99, metric.effectLimits(), false, 5)
                .judge("latency", CANARY_P95, STABLE_P95)
                .outcome()
                .name();
    }

    @Test
    void shouldTolerateASignificantShiftWithinTheSopsTenPercentByDefault() {
        MannWhitneyMetric metric = new MannWhitneyMetric("latency", QUERY);

        assertThat(metric.effectLimits()).isEqualTo(EffectLimits.allowing(1.1, 0.9));
        assertThat(verdictOf(metric)).isEqualTo("PASS");

        metric.setAllowedIncrease(1); // Kayenta's default: any significant increase fails
        assertThat(verdictOf(metric)).isEqualTo("FAIL");
    }

    @Test
    void shouldMakeAnIncreaseBeyondTheCriticalRatioACriticalFailure() {
        MannWhitneyMetric metric = new MannWhitneyMetric("latency", QUERY);
        metric.setAllowedIncrease(1);
        metric.setCriticalIncrease(1.01);

        assertThat(MannWhitneyJudge.of(Direction.INCREASE, 0.99, metric.effectLimits(), false, 5)
                        .judge("latency", CANARY_P95, STABLE_P95)
                        .isCriticalFailure())
                .isTrue();
        metric.setCriticalIncrease(null);
        assertThat(metric.effectLimits().criticalIncrease()).isInfinite();
    }

    @Test
    void shouldNameEachEffectLimitOutsideItsRange() {
        MannWhitneyMetric metric = new MannWhitneyMetric("latency", QUERY);

        assertThatThrownBy(() -> metric.setAllowedIncrease(0.8))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'allowedIncrease': '0.8'")
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> metric.setAllowedDecrease(1.2))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'allowedDecrease': '1.2'");
        assertThatThrownBy(() -> metric.setCriticalDecrease(-1.0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'criticalDecrease': '-1.0'");
    }

    @Test
    void shouldCheckTheCriticalRatioAgainstTheAllowedOneWhenTheCheckIsBuilt() {
        MannWhitneyMetric metric = new MannWhitneyMetric("latency", QUERY);
        metric.setCriticalIncrease(1.2); // Pipeline may set it before the allowed increase
        metric.setAllowedIncrease(1.5);

        assertThatThrownBy(() -> metric.createCheck(wiring()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'criticalIncrease': '1.2'")
                .hasMessageContaining("at least the allowed increase 1.5");
    }
}
