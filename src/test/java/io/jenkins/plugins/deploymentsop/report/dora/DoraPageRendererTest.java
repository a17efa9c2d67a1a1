package io.jenkins.plugins.deploymentsop.report.dora;

import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_ENVIRONMENT;
import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_INCIDENT;
import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_JOB;
import static io.jenkins.plugins.deploymentsop.report.dora.DoraPageFixture.HOSTILE_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.dora.DoraCalculator;
import io.jenkins.plugins.deploymentsop.dora.DoraQuery;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.dora.EventFilter;
import io.jenkins.plugins.deploymentsop.report.DoraPageRenderer;
import io.jenkins.plugins.deploymentsop.report.svg.ParsedMarkup;
import io.jenkins.plugins.deploymentsop.report.svg.ParsedMarkup.Element;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class DoraPageRendererTest {
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private static String render(final DoraReport report, final DoraWindow window) {
        return DoraPageRenderer.render(report, DoraPageRequest.of(window, "DORA metrics of <b>\"all\"</b>"));
    }

    private static void assertInert(final String html) throws XMLStreamException {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<style");
        ParsedMarkup parsed = ParsedMarkup.parse(html);
        assertThat(parsed.getElements())
                .extracting(Element::getName)
                .doesNotContain("script", "style", "iframe", "img", "object", "embed", "b");
        assertThat(parsed.attributeNames()).noneMatch(name -> name.startsWith("on") || name.equals("style"));
        for (Element element : parsed.getElements()) {
            for (String attribute : List.of("href", "action", "src", "xlink:href")) {
                String value = element.attribute(attribute).strip().toLowerCase(java.util.Locale.ROOT);
                assertThat(value).doesNotContain("javascript:").doesNotStartWith("data:");
                if (!value.isEmpty()) {
                    assertThat(value).matches("(\\?|api/dora\\.(json|csv)\\?).*");
                }
            }
        }
    }

    @Test
    void shouldStayInertWithHostileStringsInEveryUserField() throws XMLStreamException {
        for (DoraWindow window : DoraWindow.STANDARD) {
            assertInert(render(DoraPageFixture.report(), window));
        }
        assertInert(render(
                DoraPageFixture.report(EventFilter.production().withService(HOSTILE_SERVICE)), DoraWindow.MONTH));
        assertInert(render(
                DoraPageFixture.report(EventFilter.production().withEnvironment("\"><svg onload=alert(1)>")),
                DoraWindow.MONTH));
    }

    @Test
    void shouldShowHostileStringsAsPlainText() throws XMLStreamException {
        String html = render(DoraPageFixture.report(), DoraWindow.QUARTER);

        assertThat(html)
                .doesNotContain(HOSTILE_SERVICE)
                .doesNotContain(HOSTILE_JOB)
                .doesNotContain(HOSTILE_INCIDENT);
        ParsedMarkup parsed = ParsedMarkup.parse(html);
        assertThat(parsed.getText())
                .contains(HOSTILE_SERVICE)
                .contains(HOSTILE_ENVIRONMENT)
                .contains(HOSTILE_JOB)
                .contains(HOSTILE_INCIDENT)
                .contains("DORA metrics of <b>\"all\"</b>");
        assertThat(parsed.named("option"))
                .extracting(option -> option.attribute("value"))
                .contains(HOSTILE_SERVICE);
        Element link = parsed.named("a").stream()
                .filter(a -> a.getText().equals(HOSTILE_ENVIRONMENT))
                .findFirst()
                .orElseThrow();
        assertThat(link.attribute("href"))
                .startsWith("?window=90&service=%3Cscript%3E")
                .endsWith("&environment=javascript%3Aalert%28document.cookie%29");
    }

    @Test
    void shouldNeverWriteStylesOrHandlersForOrdinaryData() {
        String html = render(
                DoraCalculator.compute(
                        DoraPageFixture.events().stream()
                                .filter(event -> event.getService().equals("shop"))
                                .collect(Collectors.toList()),
                        DoraQuery.builder(DoraPageFixture.END).build()),
                DoraWindow.MONTH);

        assertThat(html).doesNotContain("style=").doesNotContain("javascript:");
        assertThat(EVENT_HANDLER.matcher(html).find()).isFalse();
    }

    @Test
    void shouldShowOneCardPerMetricWithValueBandAndTrendChart() throws XMLStreamException {
        ParsedMarkup parsed = ParsedMarkup.parse(render(DoraPageFixture.report(), DoraWindow.MONTH));

        List<Element> cards = parsed.named("article");
        assertThat(cards).hasSize(5);
        assertThat(parsed.withClass("dsop-card-title"))
                .extracting(Element::getText)
                .containsExactly(
                        "Deployment frequency",
                        "Lead time for changes",
                        "Change failure rate",
                        "Failed deployment recovery time",
                        "Deployment rework rate");
        assertThat(parsed.withClass("dsop-card-value"))
                .extracting(Element::getText)
                .noneMatch(value -> value.equals(DoraText.NO_DATA));
        assertThat(cards).allSatisfy(card -> assertThat(card.attribute("class")).matches("dsop-card dsop-band-[a-z]+"));
        assertThat(parsed.withClass("dsop-card-chart")).hasSize(5);
        assertThat(parsed.named("svg")).hasSize(5).allSatisfy(svg -> {
            assertThat(svg.attribute("role")).isEqualTo("img");
            assertThat(svg.attribute("aria-label")).endsWith("per week");
        });
        assertThat(parsed.getText()).contains("Four Keys class: ").contains("not restored, open for up to");
    }

    @Test
    void shouldSayNoDataInsteadOfZeroWithoutDeployments() throws XMLStreamException {
        DoraReport empty = DoraCalculator.compute(
                List.of(), DoraQuery.builder(DoraPageFixture.END).build());

        ParsedMarkup parsed = ParsedMarkup.parse(render(empty, DoraWindow.WEEK));

        assertThat(parsed.withClass("dsop-card-value"))
                .extracting(Element::getText)
                .containsOnly(DoraText.NO_DATA);
        assertThat(parsed.withClass("dsop-badge")).extracting(Element::getText).containsOnly(DoraText.NO_DATA);
        assertThat(parsed.withClass("dsop-notice")).extracting(Element::getText).anySatisfy(notice -> assertThat(notice)
                .startsWith("No deployments in the last 7 days"));
        assertThat(parsed.named("tbody").get(0).getDeepText()).isEqualTo("No deployments in the selected scope.");
        assertThat(parsed.withClass("dsop-chart-empty")).hasSize(4); // the deployments chart plots zero counts
    }

    @Test
    void shouldFillTheFormFromTheFilterAndLinkTheExports() throws XMLStreamException {
        DoraReport report = DoraPageFixture.report(EventFilter.production()
                .withJobs(Set.of("shop-deploy", "cart-deploy"))
                .withService("cart"));

        ParsedMarkup parsed = ParsedMarkup.parse(render(report, DoraWindow.QUARTER));

        Element form = parsed.named("form").get(0);
        assertThat(form.attribute("method")).isEqualTo("get");
        assertThat(form.getAttributes()).doesNotContainKey("action");
        assertThat(parsed.named("select"))
                .extracting(select -> select.attribute("name"))
                .containsExactly("window", "service", "environment");
        assertThat(parsed.named("option").stream()
                        .filter(option -> option.getAttributes().containsKey("selected"))
                        .map(Element::getText))
                .containsExactly("Last 90 days", "cart", "All environments");
        assertThat(parsed.getText()).doesNotContain(HOSTILE_SERVICE); // not readable: not offered
        assertThat(parsed.named("a").stream().map(a -> a.attribute("href")))
                .contains("api/dora.json?window=90&service=cart", "api/dora.csv?window=90&service=cart");
        assertThat(parsed.named("tbody").get(0).getDeepText()).contains("cart").doesNotContain("shop-deploy");
    }

    @Test
    void shouldKeepAnUnknownFilterVisibleAndFallBackToTheNearestWindow() throws XMLStreamException {
        DoraReport report = DoraPageFixture.report(EventFilter.production().withService("gone"));

        ParsedMarkup parsed = ParsedMarkup.parse(DoraPageRenderer.render(
                report,
                DoraPageRequest.of(DoraWindow.ofDays(45), "DORA").withNotice("3 corrupt index lines were skipped")));

        assertThat(parsed.withClass("dsop-notice"))
                .extracting(Element::getText)
                .startsWith("3 corrupt index lines were skipped")
                .contains("The period of 45 days is not available; showing the last 30 days.");
        assertThat(parsed.named("option").stream()
                        .filter(option -> option.getAttributes().containsKey("selected"))
                        .map(Element::getText))
                .containsExactly("Last 30 days", "gone", "All environments");
    }

    @Test
    void shouldListEveryServiceAndEnvironmentWithLinksAndBands() throws XMLStreamException {
        ParsedMarkup parsed = ParsedMarkup.parse(render(DoraPageFixture.report(), DoraWindow.QUARTER));

        List<Element> rows = parsed.named("tr");
        assertThat(rows).hasSize(1 + 3);
        assertThat(parsed.named("th").stream().filter(th -> "row".equals(th.attribute("scope"))))
                .extracting(Element::getDeepText)
                .containsExactly(HOSTILE_SERVICE, "cart", "shop"); // sorted: '<' before letters
        assertThat(parsed.withClass("dsop-jobs"))
                .extracting(Element::getText)
                .containsExactly(HOSTILE_JOB, "cart-deploy", "shop-deploy");
        assertThat(parsed.withClass("dsop-band-elite").size()
                        + parsed.withClass("dsop-band-high").size()
                        + parsed.withClass("dsop-band-medium").size()
                        + parsed.withClass("dsop-band-low").size())
                .isGreaterThan(10);
    }

    @Test
    void shouldProduceAStandalonePageForBrowsers() throws IOException, XMLStreamException {
        String body = render(DoraPageFixture.report(), DoraWindow.QUARTER);
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<title>DORA</title><link rel=\"stylesheet\" href=\"deployment-sop.css\"/></head><body>"
                + body + "</body></html>\n";
        Path directory = Paths.get("target", "dora-page");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("index.html"), page, StandardCharsets.UTF_8);
        Files.copy(
                Paths.get("src", "main", "webapp", "css", "deployment-sop.css"),
                directory.resolve("deployment-sop.css"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ParsedMarkup parsed = ParsedMarkup.parse(page.substring(page.indexOf("<html")));
        assertThat(parsed.named("link").get(0).attribute("href")).isEqualTo("deployment-sop.css");
        Set<String> classes = parsed.getElements().stream()
                .flatMap(element -> List.of(element.attribute("class").split(" ")).stream())
                .filter(name -> name.startsWith("dsop-"))
                .collect(Collectors.toSet());
        String css = Files.readString(directory.resolve("deployment-sop.css"));
        assertThat(classes).isNotEmpty().allSatisfy(name -> assertThat(css).contains("." + name));
    }
}
