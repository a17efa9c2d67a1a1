package io.jenkins.plugins.deploymentsop.report.dora;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DoraTextTest {
    @Test
    void shouldRenderDurationsWithTheirTwoLargestUnits() {
        assertThat(DoraText.duration(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(DoraText.duration(Duration.ofSeconds(779))).isEqualTo("12m");
        assertThat(DoraText.duration(Duration.ofMinutes(200))).isEqualTo("3h 20m");
        assertThat(DoraText.duration(Duration.ofHours(52))).isEqualTo("2d 4h");
    }

    @Test
    void shouldKeepMillisecondsBelowOneSecondSoAFastRecoveryIsNotZero() {
        assertThat(DoraText.duration(Duration.ofMillis(60))).isEqualTo("60ms");
        assertThat(DoraText.duration(Duration.ZERO)).isEqualTo("0ms");
        assertThat(DoraText.duration(Duration.ofMillis(-5))).isEqualTo("0ms");
    }
}
