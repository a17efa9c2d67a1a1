package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
