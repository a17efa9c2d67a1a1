package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class TrafficSplitTest {
    @Test
    void shouldBuildSplitsThatAddUpToHundred() {
        assertThat(TrafficSplit.allOn(Color.GREEN).green().isFull()).isTrue();
        assertThat(TrafficSplit.withShare(Color.GREEN, Percentage.of(10))).isEqualTo(TrafficSplit.of(90, 10));
        assertThat(TrafficSplit.withShare(Color.BLUE, Percentage.of(12.5))).isEqualTo(TrafficSplit.of(12.5, 87.5));
        assertThat(TrafficSplit.of(90, 10).weight(Color.GREEN)).isEqualTo(Percentage.of(10));
        assertThat(TrafficSplit.of(90, 10)).hasToString("blue 90% / green 10%");
    }

    @Test
    void shouldRejectWeightsThatDoNotAddUpToHundred() {
        assertThatThrownBy(() -> TrafficSplit.of(90, 20))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("blue 90% + green 20%")
                .hasMessageContaining("add up to exactly 100%");
        assertThatThrownBy(() -> TrafficSplit.of(-10, 110)).hasMessageContaining("'blue'");
    }

    @Test
    void shouldTellTheSoleColour() {
        assertThat(TrafficSplit.allOn(Color.BLUE).soleColor()).contains(Color.BLUE);
        assertThat(TrafficSplit.of(0, 100).soleColor()).contains(Color.GREEN);
        assertThat(TrafficSplit.of(50, 50).soleColor()).isEqualTo(Optional.empty());
    }

    @Test
    void shouldParseColours() {
        assertThat(Color.parse("color", " Green ")).isEqualTo(Color.GREEN);
        assertThat(Color.BLUE.other()).isEqualTo(Color.GREEN);
        assertThatThrownBy(() -> Color.parse("color", "red")).hasMessageContaining("blue or green");
    }

    @Test
    void shouldObeyEqualsContract() {
        EqualsVerifier.forClass(TrafficSplit.class)
                .withNonnullFields("blue", "green")
                .verify();
    }
}
