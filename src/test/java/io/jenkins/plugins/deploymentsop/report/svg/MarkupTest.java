package io.jenkins.plugins.deploymentsop.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void shouldEscapeMarkupCharactersAndQuotes() {
        assertThat(Markup.escape("<script>alert(\"x\" & 'y')</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    }

    @Test
    void shouldReplaceCharactersXmlForbidsButKeepSurrogatePairs() {
        assertThat(Markup.escape("a\u0000b\u001bc\u0085d\t\n")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\t\n");
        assertThat(Markup.escape("\uD83D\uDE80 \uD83D x\uDE80")).isEqualTo("\uD83D\uDE80 \uFFFD x\uFFFD");
    }

    @Test
    void shouldRenderNumbersWithoutLocaleOrExponent() {
        assertThat(Markup.number(1234.5678)).isEqualTo("1234.57");
        assertThat(Markup.number(12.5)).isEqualTo("12.5");
        assertThat(Markup.number(100)).isEqualTo("100");
        assertThat(Markup.number(-0.001)).isEqualTo("0");
        assertThat(Markup.number(1e-7)).isEqualTo("0");
        assertThat(Markup.number(2e9)).isEqualTo("2000000000");
        assertThatThrownBy(() -> Markup.number(Double.NaN)).hasMessageContaining("NaN");
    }
}
