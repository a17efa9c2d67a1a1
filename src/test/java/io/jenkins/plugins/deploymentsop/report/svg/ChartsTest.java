package io.jenkins.plugins.deploymentsop.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartsTest {
    private static final String HOSTILE = "<script>alert(1)</script>\" onload=\"alert(2)\" javascript:alert(3)";
    private static final Instant START = Instant.parse("2026-02-04T12:00:00Z");

    private static List<Supplier<String>> allCharts(final String text) {
        return List.of(
                () -> LineChart.builder(text)
                        .point(ChartPoint.of(text, 3))
                        .point(ChartPoint.gap(text + "2"))
                        .point(ChartPoint.of("w3", 4))
                        .point(ChartPoint.of("w4", 1.5))
                        .build()
                        .render()
                        .toString(),
                () -> BarChart.builder(text)
                        .bar(ChartPoint.of(text, 3), "dsop-band-elite")
                        .bar(ChartPoint.gap("none"))
                        .build()
                        .render()
                        .toString(),
                () -> StepChart.builder(text)
                        .step(START, 10)
                        .step(START.plusSeconds(300), 50)
                        .end(START.plusSeconds(900))
                        .build()
                        .render()
                        .toString());
    }

    @Test
    void shouldKeepHostileTextInertAndProduceNoScriptStyleOrHandlers() throws XMLStreamException {
        for (Supplier<String> chart : allCharts(HOSTILE)) {
            String svg = chart.get();

            assertThat(svg).doesNotContain("<script").doesNotContain("style=");
            ParsedMarkup parsed = ParsedMarkup.parse(svg);
            assertThat(parsed.named("script")).isEmpty();
            assertThat(parsed.attributeNames())
                    .noneMatch(name -> name.startsWith("on") || name.equals("style") || name.endsWith("href"));
            ParsedMarkup.Element root = parsed.named("svg").get(0);
            assertThat(root.attribute("role")).isEqualTo("img");
            assertThat(root.attribute("aria-label")).isEqualTo(HOSTILE);
            assertThat(root.getNamespace()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(parsed.getElements().get(2).getName()).isEqualTo("title");
            assertThat(parsed.named("title").get(0).getText()).isEqualTo(HOSTILE);
            assertThat(parsed.named("desc")).hasSize(1);
        }
    }

    @Test
    void shouldFormatCoordinatesIndependentlyOfTheDefaultLocale() throws XMLStreamException {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            for (Supplier<String> chart : allCharts("Trend")) {
                ParsedMarkup parsed = ParsedMarkup.parse(chart.get());
                for (ParsedMarkup.Element element : parsed.getElements()) {
                    for (String attribute : List.of("x", "y", "cx", "cy", "x1", "y2", "width", "height")) {
                        assertThat(element.attribute(attribute)).matches("-?[0-9.]*");
                    }
                    assertThat(element.attribute("points")).matches("([0-9.]+,[0-9.]+ ?)*");
                }
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void shouldBreakTheLineAtGapsAndDescribeThem() throws XMLStreamException {
        String svg = LineChart.builder("Lead time")
                .point(ChartPoint.of("W01", 1))
                .point(ChartPoint.gap("W02"))
                .point(ChartPoint.of("W03", 2))
                .point(ChartPoint.of("W04", 4))
                .valueFormat(value -> Markup.number(value) + "h")
                .cssClasses("dsop-band-high")
                .build()
                .render()
                .toString();

        ParsedMarkup parsed = ParsedMarkup.parse(svg);
        assertThat(parsed.named("polyline")).singleElement().satisfies(line -> assertThat(
                        line.attribute("points").split(" "))
                .hasSize(2));
        assertThat(parsed.named("circle")).hasSize(3);
        assertThat(parsed.named("desc").get(0).getText()).isEqualTo("W01: 1h; W02: no data; W03: 2h; W04: 4h");
        assertThat(parsed.withClass("dsop-chart-point"))
                .extracting(ParsedMarkup.Element::getDeepText)
                .containsExactly("W01: 1h", "W03: 2h", "W04: 4h");
        assertThat(parsed.named("svg").get(0).attribute("class"))
                .isEqualTo("dsop-chart dsop-chart-linechart dsop-band-high");
        assertThat(parsed.withClass("dsop-chart-label-y"))
                .extracting(ParsedMarkup.Element::getText)
                .containsExactly("5h", "0h");
    }

    @Test
    void shouldSayNoDataWhenEveryPointIsAGap() throws XMLStreamException {
        ParsedMarkup parsed = ParsedMarkup.parse(LineChart.builder("Empty")
                .point(ChartPoint.gap("W01"))
                .build()
                .render()
                .toString());

        assertThat(parsed.withClass("dsop-chart-empty"))
                .singleElement()
                .extracting(ParsedMarkup.Element::getText)
                .isEqualTo("No data");
        assertThat(parsed.named("polyline")).isEmpty();
    }

    @Test
    void shouldDrawStepsThatHoldUntilTheNextChange() throws XMLStreamException {
        ParsedMarkup parsed = ParsedMarkup.parse(StepChart.builder("Traffic")
                .step(START.plusSeconds(600), 100)
                .step(START, 10)
                .step(START.plusSeconds(300), 50)
                .end(START.plusSeconds(900))
                .size(300 + 44 + 10 - 54, 120)
                .build()
                .render()
                .toString());

        String[] corners = parsed.named("polyline").get(0).attribute("points").split(" ");
        assertThat(corners).hasSize(6);
        assertThat(corners[1].split(",")[1]).isEqualTo(corners[0].split(",")[1]); // flat until the next step
        assertThat(corners[2].split(",")[0]).isEqualTo(corners[1].split(",")[0]); // then vertical
        assertThat(parsed.withClass("dsop-chart-point"))
                .extracting(ParsedMarkup.Element::getDeepText)
                .containsExactly("+0s: 10%", "+5m: 50%", "+10m: 100%");
        assertThat(parsed.withClass("dsop-chart-label-x"))
                .extracting(ParsedMarkup.Element::getText)
                .containsExactly("+0s", "+15m");
        assertThat(parsed.withClass("dsop-chart-label-y"))
                .extracting(ParsedMarkup.Element::getText)
                .containsExactly("100%", "0%");
    }

    @Test
    void shouldDrawEachSeriesAsItsOwnLineWithALegendAndHollowPoints() throws XMLStreamException {
        ParsedMarkup parsed = ParsedMarkup.parse(StepChart.builder("Split")
                .series(
                        "blue",
                        "x-blue",
                        List.of(
                                StepChart.Step.of(START, 100),
                                StepChart.Step.of(START.plusSeconds(60), 50)
                                        .hollow()
                                        .withTooltip("<b>not confirmed</b>")))
                .series("green", "x-green", List.of(StepChart.Step.of(START, 0)))
                .hollowMeaning("not verified")
                .start(START.minusSeconds(60))
                .end(START.plusSeconds(120))
                .size(300 + 44 + 10, 120)
                .build()
                .render()
                .toString());

        assertThat(parsed.named("polyline"))
                .extracting(line -> line.attribute("class"))
                .containsExactly("dsop-chart-step-line x-blue", "dsop-chart-step-line x-green");
        // the axis begins a minute before the first step: 300 px for 180 s
        assertThat(parsed.named("polyline").get(1).attribute("points")).startsWith("144,");
        assertThat(parsed.named("circle"))
                .extracting(point -> point.attribute("class"))
                .containsExactly(
                        "dsop-chart-point x-blue",
                        "dsop-chart-point x-blue dsop-chart-point-hollow",
                        "dsop-chart-point x-green");
        assertThat(parsed.withClass("dsop-chart-point"))
                .extracting(ParsedMarkup.Element::getDeepText)
                .containsExactly("+1m: blue 100%", "<b>not confirmed</b>", "+1m: green 0%");
        assertThat(parsed.withClass("dsop-chart-legend"))
                .extracting(ParsedMarkup.Element::getText)
                .containsExactly("blue", "green", "○ not verified");
        assertThat(parsed.withClass("dsop-chart-key"))
                .extracting(key -> key.attribute("class"))
                .containsExactly("dsop-chart-key x-blue", "dsop-chart-key x-green");
        assertThat(parsed.named("desc").get(0).getText())
                .isEqualTo("blue +1m: 100%; blue +2m: 50%; green +1m: 0%; end +3m");
        assertThat(parsed.named("polyline").get(0).attribute("points"))
                .as("the legend moves the top of the plot area down")
                .startsWith("144,26 ");
    }

    @Test
    void shouldLabelTheTimeAxisAsToldAndLeaveOutTheDescriptionOnRequest() throws XMLStreamException {
        ParsedMarkup parsed = ParsedMarkup.parse(StepChart.builder("Traffic")
                .step(START, 10)
                .end(START.plusSeconds(90))
                .timeLabels(at -> at.toString().substring(11, 19))
                .axisCaption("UTC, 90 s")
                .omitDescription()
                .build()
                .render()
                .toString());

        assertThat(parsed.named("desc")).isEmpty();
        assertThat(parsed.named("title"))
                .first()
                .extracting(ParsedMarkup.Element::getText)
                .isEqualTo("Traffic");
        assertThat(parsed.withClass("dsop-chart-label-x"))
                .extracting(ParsedMarkup.Element::getText)
                .containsExactly("12:00:00", "UTC, 90 s", "12:01:30");
        assertThat(parsed.withClass("dsop-chart-point"))
                .extracting(ParsedMarkup.Element::getDeepText)
                .containsExactly("12:00:00: 10%");
        assertThat(parsed.withClass("dsop-chart-legend")).isEmpty();
    }

    @Test
    void shouldRefuseUnnamedSeriesAndNonFiniteSteps() {
        assertThatThrownBy(() -> StepChart.builder("t").series("", "x", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepChart.builder("t").series("a", "x\" onclick=\"y", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepChart.Step.of(START, Double.NaN)).hasMessageContaining("finite");
    }

    @Test
    void shouldDrawBarsWithTheirClassesAndLeaveOutBarsWithoutData() throws XMLStreamException {
        ParsedMarkup parsed = ParsedMarkup.parse(BarChart.builder("Deployments")
                .bar(ChartPoint.of("shop", 12), "dsop-band-elite")
                .bar(ChartPoint.of("cart", 3))
                .bar(ChartPoint.gap("search"))
                .build()
                .render()
                .toString());

        assertThat(parsed.named("rect")).hasSize(2);
        assertThat(parsed.withClass("dsop-band-elite")).singleElement().satisfies(bar -> assertThat(bar.getDeepText())
                .isEqualTo("shop: 12"));
        assertThat(parsed.withClass("dsop-chart-label-x"))
                .extracting(ParsedMarkup.Element::getText)
                .containsExactly("shop", "cart", "search");
        assertThat(parsed.named("desc").get(0).getText()).endsWith("search: no data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\" onclick=\"alert(1)", "Upper", "a;b", ""})
    void shouldRejectCallerClassesThatAreNotPlainClassNames(final String classes) {
        assertThatThrownBy(() -> LineChart.builder("t").cssClasses(classes))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseNonFiniteValuesAndAbsurdSizes() {
        assertThatThrownBy(() -> ChartPoint.of("x", Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> LineChart.builder("t").size(10, 10).build().render())
                .hasMessageContaining("10x10");
    }
}
