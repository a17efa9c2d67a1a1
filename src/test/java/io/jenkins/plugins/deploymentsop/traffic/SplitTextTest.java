package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplitTextTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "blue=90 green=10",
                "green=10 blue=90",
                "blue: 90, green: 10",
                "BLUE=90% GREEN=10%\n",
                "blue=9 green=1 revision=abc",
                "{\"blue\": 90, \"green\": 10}",
                "{\"green\": \"10\", \"blue\": 90, \"region\": \"eu\"}"
            })
    void shouldReadBothForms(final String text) {
        assertThat(SplitText.parse(text)).isEqualTo(TrafficSplit.of(90, 10));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "blue=90",
                "weights unknown",
                "blue=x green=10",
                "blue=-1 green=101",
                "blue=0 green=0",
                "{\"blue\":"
            })
    void shouldExplainWhatIsWrongAndQuoteTheText(final String text) {
        assertThatThrownBy(() -> SplitText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"90", "12.5"})
    void shouldFormatWhatItParses(final String blue) {
        TrafficSplit split = SplitText.parse("blue=" + blue + " green=" + (100 - Double.parseDouble(blue)));
        assertThat(SplitText.parse(SplitText.format(split))).isEqualTo(split);
    }
}
