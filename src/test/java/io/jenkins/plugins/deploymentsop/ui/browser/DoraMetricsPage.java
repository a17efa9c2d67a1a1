package io.jenkins.plugins.deploymentsop.ui.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The DORA metrics page as a browser shows it: heading, filter form, metric cards with trend charts, table. */
public final class DoraMetricsPage {
    private final ChromeDriver driver;

    public DoraMetricsPage(final ChromeDriver driver) {
        this.driver = driver;
    }

    public String heading() {
        return driver.findElement(By.cssSelector(".dsop-dora-heading")).getText();
    }

    /** Returns the titles of the metric cards. */
    public List<String> cardTitles() {
        return texts(".dsop-dora-cards .dsop-card-title");
    }

    /** Returns the number of trend charts drawn (SVG with a line). */
    public int trendCharts() {
        return driver.findElements(By.cssSelector(".dsop-card-chart svg polyline, .dsop-card-chart svg path"))
                .size();
    }

    /** Returns the rows of the table per service and environment, each as the texts of its cells (headers too). */
    public List<List<String>> tableRows() {
        return driver.findElements(By.cssSelector("table.dsop-dora-table tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /** Returns the targets of the export links. */
    public List<String> exportLinks() {
        return driver.findElements(By.cssSelector(".dsop-dora-exports a")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
    }

    /**
     * Chooses a service in the filter form, submits it as a user without JavaScript would, and waits for the new page.
     *
     * @param service the visible text of the option
     */
    public void filterByService(final String service) {
        new Select(driver.findElement(By.cssSelector(".dsop-dora-filters select[name=service]")))
                .selectByVisibleText(service);
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector(".dsop-dora-filters button, .dsop-dora-filters input[type=submit]"))
                .click();
        // a click starts the navigation but need not wait for it
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(browser -> !before.equals(browser.getCurrentUrl())
                        && "complete".equals(((ChromeDriver) browser).executeScript("return document.readyState")));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Returns the whole visible text of the page's body. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Returns the computed value of a CSS property of the first metric card, to see whether the stylesheet applied. */
    public String cardStyle(final String property) {
        return driver.findElement(By.cssSelector(".dsop-dora-cards .dsop-card")).getCssValue(property);
    }

    /**
     * Lists what could run script or load something (see {@link ActiveContent}); the GET filter form is allowed, and
     * links must stay on the page ({@code ?…}) or go to its exports ({@code api/dora.json}, {@code api/dora.csv}).
     *
     * @return descriptions of the offending nodes; empty for an inert page
     */
    public List<String> activeContent() {
        return ActiveContent.find(driver, ActiveContent.ALWAYS_FORBIDDEN, "^(\\?|api/dora\\.(json|csv)(\\?|$))");
    }

    private List<String> texts(final String selector) {
        return driver.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
