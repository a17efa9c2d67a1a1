package io.jenkins.plugins.deploymentsop.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {
    @Test
    void shouldParseUserInput() {
        assertThat(Percentage.valueOf("weight", "10")).isEqualTo(Percentage.of(10));
        assertThat(Percentage.valueOf("weight", " 12.5% ").doubleValue()).isEqualTo(12.5);
        assertThat(Percentage.valueOf("weight", "100").isFull()).isTrue();
        assertThat(Percentage.valueOf("weight", "0").isZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.01", "ten", "", "NaN", "1e400"})
    void shouldRejectBadInputNamingParameterValueAndRange(final String text) {
        assertThatThrownBy(() -> Percentage.valueOf("trafficSteps", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'trafficSteps'")
                .hasMessageContaining("0 to 100");
    }

    @Test
    void shouldComputeComplementRatioAndRendering() {
        assertThat(Percentage.of(10).complement()).isEqualTo(Percentage.of(90));
        assertThat(Percentage.ratio(1, 3).toString()).isEqualTo("33.33%");
        assertThat(Percentage.of(25).toString()).isEqualTo("25%");
        assertThat(Percentage.of(25).fraction()).isEqualTo(0.25);
        assertThat(Percentage.of(10).isBelow(Percentage.of(25))).isTrue();
        assertThatThrownBy(() -> Percentage.ratio(4, 3)).hasMessageContaining("part=4, total=3");
    }

    @Test
    void shouldObeyEqualsContract() {
        EqualsVerifier.forClass(Percentage.class).verify();
    }
}
