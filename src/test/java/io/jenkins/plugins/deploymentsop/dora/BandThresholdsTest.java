package io.jenkins.plugins.deploymentsop.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Duration;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class BandThresholdsTest {
    private static TimeSpan span(final String text) {
        return TimeSpan.valueOf("test", text);
    }

    @Test
    void shouldDefaultToTheBoundsDerivedFromThe2024Report() {
        BandThresholds defaults = BandThresholds.DORA_2024;

        assertThat(defaults.getDeploymentInterval())
                .isEqualTo(DurationBands.of("d", span("1d"), span("7d"), span("30d")));
        assertThat(defaults.getLeadTime()).isEqualTo(DurationBands.of("l", span("1d"), span("7d"), span("30d")));
        assertThat(defaults.getRecoveryTime()).isEqualTo(DurationBands.of("r", span("1h"), span("1d"), span("7d")));
        assertThat(defaults.getChangeFailureRate())
                .isEqualTo(PercentageBands.of("c", Percentage.of(5), Percentage.of(10), Percentage.of(20)));
        assertThat(defaults.getReworkRate()).isEqualTo(defaults.getChangeFailureRate());
        assertThat(BandThresholds.builder().build()).isEqualTo(defaults);
    }

    @Test
    void shouldIncludeEachBoundInItsBand() {
        DurationBands lead = BandThresholds.DORA_2024.getLeadTime();

        assertThat(lead.band(Duration.ofDays(1))).isEqualTo(PerformanceBand.ELITE);
        assertThat(lead.band(Duration.ofDays(1).plusMillis(1))).isEqualTo(PerformanceBand.HIGH);
        assertThat(lead.band(Duration.ofDays(7))).isEqualTo(PerformanceBand.HIGH);
        assertThat(lead.band(Duration.ofDays(30))).isEqualTo(PerformanceBand.MEDIUM);
        assertThat(lead.band(Duration.ofDays(31))).isEqualTo(PerformanceBand.LOW);
        PercentageBands rate = BandThresholds.DORA_2024.getChangeFailureRate();
        assertThat(rate.band(Percentage.ZERO)).isEqualTo(PerformanceBand.ELITE);
        assertThat(rate.band(Percentage.of(5))).isEqualTo(PerformanceBand.ELITE);
        assertThat(rate.band(Percentage.of(5.01))).isEqualTo(PerformanceBand.HIGH);
        assertThat(rate.band(Percentage.of(20))).isEqualTo(PerformanceBand.MEDIUM);
        assertThat(rate.band(Percentage.of(20.01))).isEqualTo(PerformanceBand.LOW);
    }

    @Test
    void shouldRejectBoundsOutOfOrderNamingTheMetricAndValue() {
        assertThatThrownBy(() -> BandThresholds.builder().leadTime(span("2d"), span("1d"), span("30d")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'leadTime.high'")
                .hasMessageContaining("'1d'")
                .hasMessageContaining("at least the elite bound 2d");
        assertThatThrownBy(() -> BandThresholds.builder()
                        .changeFailureRate(Percentage.of(5), Percentage.of(20), Percentage.of(10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'changeFailureRate.medium'")
                .hasMessageContaining("'10%'");
        assertThatThrownBy(() -> BandThresholds.builder().recoveryTime(span("0s"), span("1h"), span("1d")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'recoveryTime.elite'");
    }

    @Test
    void shouldAllowEqualBoundsToLeaveABandEmpty() {
        BandThresholds thresholds = BandThresholds.builder()
                .recoveryTime(span("1h"), span("1d"), span("1d"))
                .build();

        assertThat(thresholds.getRecoveryTime().band(Duration.ofHours(25))).isEqualTo(PerformanceBand.LOW);
        assertThat(thresholds.toString()).contains("recovery time: elite <= 1h, high <= 1d, medium <= 1d");
    }

    @Test
    void shouldObeyEqualsContracts() {
        EqualsVerifier.forClass(BandThresholds.class).verify();
        EqualsVerifier.forClass(DurationBands.class).verify();
        EqualsVerifier.forClass(PercentageBands.class).verify();
    }
}
