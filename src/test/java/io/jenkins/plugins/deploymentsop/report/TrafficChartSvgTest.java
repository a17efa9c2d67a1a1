package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficChartSvgTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    private static List<HtmlStructure.Element> named(final HtmlStructure svg, final String name) {
        return svg.elements().stream()
                .filter(element -> element.name().equals(name))
                .toList();
    }

    @Test
    void shouldDrawEachWeightAsAStepThatHoldsUntilTheNextChange() {
        TrafficChartSvg chart = new TrafficChartSvg(
                List.of(
                        new TrafficChange(START.plusSeconds(100), 50, 50, true, "half"),
                        new TrafficChange(START, 100, 0, true, "start")),
                START,
                START.plusSeconds(200));

        HtmlStructure svg = HtmlStructure.parse(chart.render().toString());

        List<String> lines = named(svg, "polyline").stream()
                .map(element -> element.attributes().get("points"))
                .toList();
        // plot area: x from 44 to 630 over 200 s, y from 26 (100%, below the legend) to 198 (0%)
        assertThat(lines).containsExactly("44,26 337,26 337,112 630,112", "44,198 337,198 337,112 630,112");
        assertThat(named(svg, "polyline"))
                .extracting(element -> element.attributes().get("class"))
                .containsExactly("dsop-chart-step-line dsr-chart-blue", "dsop-chart-step-line dsr-chart-green");
        assertThat(named(svg, "circle"))
                .extracting(element -> element.attributes().get("class"))
                .containsExactly(
                        "dsop-chart-point dsr-chart-blue",
                        "dsop-chart-point dsr-chart-blue",
                        "dsop-chart-point dsr-chart-green",
                        "dsop-chart-point dsr-chart-green");
        assertThat(svg.elements().get(1).attributes())
                .containsEntry("viewBox", "0 0 640 220")
                .containsEntry("role", "img")
                .containsEntry("aria-label", "Traffic weight over time: blue and green, in percent")
                .containsEntry("class", "dsop-chart dsop-chart-stepchart dsr-chart");
        assertThat(svg.elements().get(2).name()).isEqualTo("title");
        assertThat(svg.text()).contains("10:00:00Z", "10:03:20Z", "3 min in all", "100%", "0%");
        assertThat(svg.text()).contains("2026-11-20T10:01:40Z: blue 50%, green 50%, verified — half");
        assertThat(svg.text()).doesNotContain("not verified");
    }

    @Test
    void shouldMarkChangesTheRouterDidNotConfirm() {
        String svg = new TrafficChartSvg(
                        List.of(new TrafficChange(START, 0, 100, false, "switch back failed")), null, null)
                .render()
                .toString();

        assertThat(named(HtmlStructure.parse(svg), "circle"))
                .extracting(element -> element.attributes().get("class"))
                .containsExactly(
                        "dsop-chart-point dsr-chart-blue dsop-chart-point-hollow",
                        "dsop-chart-point dsr-chart-green dsop-chart-point-hollow");
        assertThat(svg).contains("○ not verified").contains("not verified — switch back failed");
        assertThat(svg).doesNotContain("NaN", "Infinity");
    }

    @Test
    void shouldClampWeightsAndSkipChangesWithoutTime() {
        TrafficChartSvg chart = new TrafficChartSvg(
                List.of(
                        new TrafficChange(START, 150, Double.NaN, true, "odd"),
                        new TrafficChange(null, 0, 0, true, "")),
                START,
                START.plusSeconds(10));

        assertThat(chart.isEmpty()).isFalse();
        assertThat(chart.render().toString())
                .contains("points=\"44,26 630,26\"")
                .contains("points=\"44,198 630,198\"");
        assertThat(new TrafficChartSvg(List.of(), null, null).isEmpty()).isTrue();
    }

    @Test
    void shouldHaveNoStyleAttributeOrDescriptionBesideTheTable() {
        String svg = new TrafficChartSvg(List.of(new TrafficChange(START, 100, 0, true, "")), START, null)
                .render()
                .toString();

        HtmlStructure structure = HtmlStructure.parse(svg);
        assertThat(structure.attributeNames()).doesNotContain("style");
        assertThat(structure.elementNames()).doesNotContain("desc");
    }
}
