package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficChartSvgTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void shouldDrawEachWeightAsAStepThatHoldsUntilTheNextChange() {
        TrafficChartSvg chart = new TrafficChartSvg(
                List.of(
                        new TrafficChange(START.plusSeconds(100), 50, 50, true, "half"),
                        new TrafficChange(START, 100, 0, true, "start")),
                START,
                START.plusSeconds(200));

        HtmlStructure svg = HtmlStructure.parse(chart.render());

        List<String> lines = svg.elements().stream()
                .filter(element -> element.name().equals("polyline"))
                .map(element -> element.attributes().get("points"))
                .toList();
        // plot area: x from 48 to 624 over 200 s, y from 24 (100%) to 184 (0%)
        assertThat(lines)
                .containsExactly(
                        "48.0,24.0 336.0,24.0 336.0,104.0 624.0,104.0",
                        "48.0,184.0 336.0,184.0 336.0,104.0 624.0,104.0");
        assertThat(svg.elements().get(1).attributes())
                .containsEntry("viewBox", "0 0 640 220")
                .containsEntry("role", "img");
        assertThat(svg.text()).contains("10:00:00Z", "10:03:20Z", "3 min in all", "100%", "0%");
        assertThat(svg.text()).contains("2026-11-20T10:01:40Z: blue 50%, green 50%, verified — half");
    }

    @Test
    void shouldMarkChangesTheRouterDidNotConfirm() {
        String svg = new TrafficChartSvg(
                        List.of(new TrafficChange(START, 0, 100, false, "switch back failed")), null, null)
                .render();

        assertThat(svg).contains("dsr-chart-unverified").contains("not verified — switch back failed");
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
        assertThat(chart.render())
                .contains("points=\"48.0,24.0 624.0,24.0\"")
                .contains("points=\"48.0,184.0 624.0,184.0\"");
        assertThat(new TrafficChartSvg(List.of(), null, null).isEmpty()).isTrue();
    }
}
