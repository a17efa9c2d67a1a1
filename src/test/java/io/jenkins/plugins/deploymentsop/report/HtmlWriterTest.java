package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    @Test
    void shouldEscapeTextAndAttributeValues() {
        String html = new HtmlWriter()
                .element("span", "<script>alert('x')</script> & \"q\"", "title", "\"><img src=x onerror=alert(1)>")
                .toString();

        assertThat(html)
                .isEqualTo(
                        "<span title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;script&gt;alert(&#39;x&#39;)"
                                + "&lt;/script&gt; &amp; &quot;q&quot;</span>");
    }

    @Test
    void shouldRefuseAttributesThatRunScriptOrLoadAnything() {
        HtmlWriter html = new HtmlWriter();
        for (String name : new String[] {"onclick", "onError", "style", "href", "src", "srcdoc", "formaction"}) {
            assertThatThrownBy(() -> html.open("div", name, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(name);
        }
        assertThatThrownBy(() -> html.open("div class=\"x\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.open("a", "xlink:href", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.open("div", "class")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLinkOnlyAbsoluteHttpUrls() {
        assertThat(new HtmlWriter()
                        .link("https://ci.example.invalid/a?b=1&c=2", "report")
                        .toString())
                .isEqualTo("<a href=\"https://ci.example.invalid/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\">"
                        + "report</a>");
        for (String target : new String[] {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " https://x.example",
            "data:text/html,<script>",
            "//evil.example/x",
            "target/report.xml",
            "https:///nohost",
            "vbscript:x",
            "http://x.example/\nj"
        }) {
            assertThat(new HtmlWriter().link(target, null).toString())
                    .as(target)
                    .doesNotContain("<a")
                    .doesNotContain("<script");
        }
    }

    @Test
    void shouldWriteTimesAsUtcIsoTimeElements() {
        assertThat(new HtmlWriter()
                        .time(Instant.parse("2026-11-20T10:00:00.250Z"))
                        .toString())
                .isEqualTo("<time datetime=\"2026-11-20T10:00:00.250Z\">2026-11-20T10:00:00Z</time>");
        assertThat(new HtmlWriter().time(null).toString()).isEqualTo("—");
    }

    @Test
    void shouldRefuseToReturnUnbalancedMarkup() {
        HtmlWriter html = new HtmlWriter().open("div");
        assertThatThrownBy(html::toString)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("div");
        assertThatThrownBy(() -> new HtmlWriter().close()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldReplaceControlCharacters() {
        assertThat(new HtmlWriter().text("a\u0000b\u001bc\nd").toString()).isEqualTo("a b c\nd");
    }
}
