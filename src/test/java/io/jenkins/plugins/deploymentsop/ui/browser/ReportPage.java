package io.jenkins.plugins.deploymentsop.ui.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Deployment Report as a browser shows it: the tab fragment inside a page, or the self-contained file. Tests ask
 * this object, never raw selectors, so a change of markup is fixed here once.
 */
public final class ReportPage {
    private static final List<String> SECTIONS = List.of(
            "dsr-banner",
            "dsr-checklist",
            "dsr-timeline",
            "dsr-traffic",
            "dsr-artifacts",
            "dsr-analysis",
            "dsr-metrics",
            "dsr-issues",
            "dsr-changes");

    private final ChromeDriver driver;

    public ReportPage(final ChromeDriver driver) {
        this.driver = driver;
    }

    /** Returns the text of the outcome banner. */
    public String bannerText() {
        return section("dsr-banner").getText();
    }

    /** Returns the outcome word shown in the banner's badge. */
    public String outcome() {
        return section("dsr-banner")
                .findElement(By.cssSelector(".dsr-banner-title .dsr-badge"))
                .getText();
    }

    /** Returns the ids of the report's sections in the order shown. */
    public List<String> sectionIds() {
        return driver.findElements(By.cssSelector(".dsr-report > section")).stream()
                .map(element -> element.getAttribute("id"))
                .toList();
    }

    /** Returns the ids every report has, in their order. */
    public static List<String> expectedSectionIds() {
        return SECTIONS;
    }

    /**
     * Returns the rows of a table, each as the texts of its cells.
     *
     * @param table the table's class, e.g. {@code dsr-timeline-table}
     * @return the body rows
     */
    public List<List<String>> rows(final String table) {
        return driver.findElements(By.cssSelector("table." + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /** Returns the one-line notes of the sections that have nothing to show. */
    public List<String> emptyNotes() {
        return driver.findElements(By.cssSelector(".dsr-empty")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Tells whether the traffic chart is drawn, with its two lines. */
    public boolean hasTrafficChart() {
        return driver.findElements(By.cssSelector("#dsr-traffic svg.dsr-chart polyline"))
                        .size()
                == 2;
    }

    /** Returns the number of points marked on the traffic chart (both colours). */
    public int chartPoints() {
        return driver.findElements(By.cssSelector("#dsr-traffic svg.dsr-chart circle"))
                .size();
    }

    /** Returns the rendered size of the chart in CSS pixels: proof the SVG is laid out, not only present. */
    public int chartWidth() {
        return driver.findElement(By.cssSelector("#dsr-traffic svg.dsr-chart"))
                .getSize()
                .getWidth();
    }

    /** Returns the verdict headings of the analysis section, e.g. {@code PASS canary 25%}. */
    public List<String> verdictHeadings() {
        return driver.findElements(By.cssSelector("#dsr-analysis .dsr-verdict h4")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Returns the targets of all links in the report. */
    public List<String> linkTargets() {
        return driver.findElements(By.cssSelector(".dsr-report a")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
    }

    /** Returns the whole visible text of the report. */
    public String text() {
        return driver.findElement(By.cssSelector(".dsr-report")).getText();
    }

    /**
     * Returns a computed style of the banner, to see whether the stylesheet applied.
     *
     * @param property a CSS property, e.g. {@code border-left-width}
     * @return its computed value
     */
    public String bannerStyle(final String property) {
        return section("dsr-banner").getCssValue(property);
    }

    /**
     * Lists what in the page's body could run script, load something or submit anything (the report has no form):
     * see {@link ActiveContent}. Links must be absolute http(s) URLs.
     *
     * @return descriptions of the offending nodes; empty for an inert page
     */
    public List<String> activeContent() {
        return ActiveContent.find(
                driver, ActiveContent.ALWAYS_FORBIDDEN + "," + ActiveContent.FORM_ELEMENTS, "^https?:");
    }

    private WebElement section(final String id) {
        return driver.findElement(By.id(id));
    }
}
