package io.jenkins.plugins.deploymentsop.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSpanTest {
    @ParameterizedTest
    @CsvSource({
        "30s,30000",
        "5m,300000",
        "1h30m,5400000",
        "500ms,500",
        "2d,172800000",
        "PT5M,300000",
        "0s,0",
        "'1h 5s',3605000"
    })
    void shouldParseShortAndIsoSyntax(final String text, final long millis) {
        assertThat(TimeSpan.valueOf("interval", text).toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5x", "m5", "5m-3s", "-PT5M", "99999999999999999999d"})
    void shouldRejectBadInput(final String text) {
        assertThatThrownBy(() -> TimeSpan.valueOf("validateFor", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'validateFor'")
                .hasMessageContaining("30s, 5m");
    }

    @Test
    void shouldRenderInTheSyntaxItReads() {
        for (String text : new String[] {"1h30m", "5m", "2d3h", "1s500ms", "0s"}) {
            assertThat(TimeSpan.valueOf("x", text).toString()).isEqualTo(text);
        }
        assertThat(TimeSpan.ofMinutes(5).times(3)).isEqualTo(TimeSpan.ofMinutes(15));
        assertThat(TimeSpan.ofSeconds(1).plus(TimeSpan.ofMillis(5)).toDuration())
                .isEqualTo(Duration.ofMillis(1005));
    }

    @Test
    void shouldObeyEqualsContract() {
        EqualsVerifier.forClass(TimeSpan.class).verify();
    }
}
