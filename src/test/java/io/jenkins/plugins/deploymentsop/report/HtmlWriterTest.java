package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.report.svg.StepChart;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
    void shouldRefuseElementsThatRunScriptOrLoadAnything() {
        HtmlWriter html = new HtmlWriter();
        for (String name : new String[] {"script", "SCRIPT", "iframe", "frame", "object", "embed", "base", "link"}) {
            assertThatThrownBy(() -> html.open(name))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(name);
            assertThatThrownBy(() -> html.empty(name)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(html.toString()).isEmpty();
    }

    @Test
    void shouldLinkWithinThePageWithPercentEncodedValues() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("window", "30");
        parameters.put("service", "<script>&x=1 \"'");
        parameters.put("environment", "javascript:alert(document.cookie)");

        assertThat(new HtmlWriter().relativeLink("", parameters, "<b>prod</b>").toString())
                .isEqualTo("<a href=\"?window=30&amp;service=%3Cscript%3E%26x%3D1+%22%27"
                        + "&amp;environment=javascript%3Aalert%28document.cookie%29\">&lt;b&gt;prod&lt;/b&gt;</a>");
        assertThat(new HtmlWriter()
                        .relativeLink("api/dora.csv", Map.of("window", "7"), "CSV")
                        .toString())
                .isEqualTo("<a href=\"api/dora.csv?window=7\">CSV</a>");
        assertThat(new HtmlWriter()
                        .relativeLink("api/dora.json", Map.of(), "JSON")
                        .toString())
                .isEqualTo("<a href=\"api/dora.json\">JSON</a>");
    }

    @Test
    void shouldRefuseRelativeLinksWithASchemeHostOrParentPath() {
        HtmlWriter html = new HtmlWriter();
        for (String path : new String[] {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "https://evil.example/x",
            "//evil.example/x",
            "/absolute",
            "../up",
            "api/../../x",
            "api/dora.json?x=1",
            "api/dora.json#x",
            " api",
            "api/"
        }) {
            assertThatThrownBy(() -> html.relativeLink(path, Map.of("window", "7"), "x"))
                    .as(path)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> html.relativeLink("", Map.of(), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.relativeLink("", Map.of("a=b&c", "1"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(html.toString()).isEmpty();
    }

    @Test
    void shouldEmbedChartsOfTheSvgToolkit() {
        String chart = StepChart.builder("Weight <b>").build().render().toString();

        assertThat(new HtmlWriter()
                        .open("figure")
                        .svg(StepChart.builder("Weight <b>").build().render())
                        .close()
                        .toString())
                .isEqualTo("<figure>" + chart + "</figure>")
                .contains("Weight &lt;b&gt;")
                .doesNotContain("<b>");
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
