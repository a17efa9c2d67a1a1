package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void shouldFormatDurationsCoarsely() {
        assertThat(Durations.format(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Durations.format(Duration.ofSeconds(779))).isEqualTo("12 min");
        assertThat(Durations.format(Duration.ofMinutes(65))).isEqualTo("1 h 5 min");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(Durations.format(Duration.ofHours(51))).isEqualTo("2 d 3 h");
        assertThat(Durations.format(Duration.ofSeconds(-90))).isEqualTo("-1 min");
        assertThat(Durations.format(Duration.ofMillis(412))).isEqualTo("412 ms");
        assertThat(Durations.format(Duration.ofMillis(1_412))).isEqualTo("1 s");
    }

    @Test
    void shouldFormatNumbersWithFourSignificantDigits() {
        assertThat(Numbers.format(0.4312345)).isEqualTo("0.4312");
        assertThat(Numbers.format(12.0)).isEqualTo("12");
        assertThat(Numbers.format(2_101_337.4)).isEqualTo("2101337");
        assertThat(Numbers.format(0.00001234)).isEqualTo("1.23e-05");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("—");
        assertThat(Numbers.withUnit(85, "ms")).isEqualTo("85 ms");
        assertThat(Numbers.withUnit(0.06, "%")).isEqualTo("0.06%");
        assertThat(Numbers.signed(5, "ms")).isEqualTo("+5 ms");
        assertThat(Numbers.signed(-0.01, "%")).isEqualTo("-0.01%");
    }

    @Test
    void shouldMapStatusWordsToAFixedSetOfClasses() {
        assertThat(StatusStyle.of("passed")).isEqualTo(StatusStyle.GOOD);
        assertThat(StatusStyle.of("ROLLED_BACK")).isEqualTo(StatusStyle.BAD);
        assertThat(StatusStyle.of("MARGINAL")).isEqualTo(StatusStyle.WARN);
        assertThat(StatusStyle.of("dsr-good\" onclick=\"x")).isEqualTo(StatusStyle.NEUTRAL);
        assertThat(StatusStyle.of(null)).isEqualTo(StatusStyle.NEUTRAL);
    }

    @Test
    void shouldDeriveSafeDefaultPathsAfterTheSop() {
        DeploymentRecord record = ReportFixtures.successfulCanary(ReportFixtures.PLAIN);
        assertThat(ReportPaths.defaultPath(record, "md"))
                .isEqualTo("docs/planning/reports/production-deployment-v1.4.0.md");

        record.setVersion("../../etc/passwd 1.0");
        assertThat(ReportPaths.defaultPath(record, "html"))
                .isEqualTo("docs/planning/reports/production-deployment-v_.._etc_passwd_1.0.html");
        record.setVersion("");
        assertThat(ReportPaths.defaultPath(record, "json"))
                .isEqualTo("docs/planning/reports/production-deployment-vunversioned.json");
    }
}
