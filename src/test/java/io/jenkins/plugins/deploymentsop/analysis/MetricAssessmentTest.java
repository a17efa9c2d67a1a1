package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricAssessmentTest {
    private static final MetricSettings SETTINGS = MetricSettings.builder("error-rate")
            .interval(TimeSpan.ofMinutes(1))
            .count(5)
            .failureLimit(2)
            .inconclusiveLimit(1)
            .consecutiveErrorLimit(3)
            .build();

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} errors {4} in a row {5}, terminating {6} -> {7}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # measured|successful|failed|inconclusive|errors|consecutive|terminating|phase       |reason
            0         |0         |0     |0           |0     |0          |false      |PENDING     |waiting for the first measurement
            0         |0         |0     |0           |0     |0          |true       |INCONCLUSIVE|terminated before its first measurement
            0         |0         |0     |0           |2     |2          |true       |ERROR       |terminated without a successful measurement: 2 errors
            1         |1         |0     |0           |0     |0          |false      |RUNNING     |1 measured: 1 successful, 0 failed, 0 inconclusive; 0 errors (0 in a row)
            3         |1         |2     |0           |0     |0          |false      |RUNNING     |3 measured: 1 successful, 2 failed, 0 inconclusive; 0 errors (0 in a row)
            3         |0         |3     |0           |0     |0          |false      |FAILED      |failed (3) > failureLimit (2)
            2         |0         |0     |2           |0     |0          |false      |INCONCLUSIVE|inconclusive (2) > inconclusiveLimit (1)
            1         |1         |0     |0           |4     |4          |false      |ERROR       |consecutiveErrors (4) > consecutiveErrorLimit (3)
            1         |1         |0     |0           |9     |3          |false      |RUNNING     |1 measured: 1 successful, 0 failed, 0 inconclusive; 9 errors (3 in a row)
            5         |3         |2     |0           |0     |0          |false      |SUCCESSFUL  |count (5) reached within the limits: 5 measured: 3 successful, 2 failed, 0 inconclusive; 0 errors (0 in a row)
            2         |2         |0     |0           |1     |1          |true       |SUCCESSFUL  |terminated within the limits: 2 measured: 2 successful, 0 failed, 0 inconclusive; 1 errors (1 in a row)
            5         |0         |3     |2           |4     |4          |false      |FAILED      |failed (3) > failureLimit (2), inconclusive (2) > inconclusiveLimit (1), consecutiveErrors (4) > consecutiveErrorLimit (3)
            2         |0         |0     |2           |4     |4          |false      |ERROR       |inconclusive (2) > inconclusiveLimit (1), consecutiveErrors (4) > consecutiveErrorLimit (3)
            """)
    void shouldAssessMetricsLikeArgoRollouts(
            final int measured,
            final int successful,
            final int failed,
            final int inconclusive,
            final int errors,
            final int consecutive,
            final boolean terminating,
            final AnalysisPhase phase,
            final String reason) {
        MetricAssessment assessment = MetricAssessment.assess(
                SETTINGS,
                new MetricCounts(measured, successful, failed, inconclusive, errors, consecutive),
                terminating);

        assertThat(assessment.phase()).isEqualTo(phase);
        assertThat(assessment.reason()).isEqualTo(reason);
    }
}
