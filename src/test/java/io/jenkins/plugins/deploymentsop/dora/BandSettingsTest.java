package io.jenkins.plugins.deploymentsop.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import org.junit.jupiter.api.Test;

class BandSettingsTest {
    @Test
    void shouldRoundTripTheDefaultsThroughTheSettingsText() {
        BandThresholds defaults = BandThresholds.DORA_2024;

        BandThresholds parsed = BandSettings.parse(
                BandSettings.text(defaults.getDeploymentInterval()),
                BandSettings.text(defaults.getLeadTime()),
                BandSettings.text(defaults.getRecoveryTime()),
                BandSettings.text(defaults.getChangeFailureRate()),
                BandSettings.text(defaults.getReworkRate()));

        assertThat(parsed).isEqualTo(defaults);
        assertThat(BandSettings.text(defaults.getLeadTime())).isEqualTo("1d, 7d, 30d");
        assertThat(BandSettings.text(defaults.getChangeFailureRate())).isEqualTo("5, 10, 20");
    }

    @Test
    void shouldNameTheSettingWithABadValue() {
        assertThatThrownBy(() -> BandSettings.parse("1d, 7d, 30d", "1d, 7d", "1h, 1d, 7d", "5, 10, 20", "5, 10, 20"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'leadTimeBands'")
                .hasMessageContaining("elite, high and medium");
        assertThatThrownBy(
                        () -> BandSettings.parse("1d, 7d, 30d", "1d, 7d, 30d", "1h, 1d, 7d", "5, 10, 200", "5, 10, 20"))
                .hasMessageContaining("'changeFailureRateBands'");
    }
}
