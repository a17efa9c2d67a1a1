package io.jenkins.plugins.deploymentsop.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its own chromedriver. The driver path is given explicitly, so Selenium
 * Manager never runs and nothing is downloaded; the browser gets a fresh profile and no background networking.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Where the screenshots go (Maven's target folder, relative to the module). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PACKAGES =
            "Debian packages 'chromium' and 'chromium-driver'" + " (apt-get install -y chromium chromium-driver)";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(final ChromeDriver driver, final Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts the browser.
     *
     * @return the running browser
     * @throws AssertionError if Chromium or chromedriver is not installed: the test fails and names the packages
     */
    public static HeadlessChromium start() {
        requireExecutable(CHROMIUM);
        requireExecutable(CHROMEDRIVER);
        // The explicit driver path below makes Selenium skip Selenium Manager. Belt and braces: the system property
        // names the driver too, and should anything still call Selenium Manager, it gets "SE_*" properties as its
        // environment: offline, no statistics, and /bin/false instead of the binary bundled in the jar, so it fails
        // at once rather than download anything.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        System.setProperty("SE_MANAGER_PATH", "/bin/false");
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("deployment-sop-chromium-");
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot create a browser profile folder", exception);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-quic",
                "--metrics-recording-only",
                "--window-size=1280,1800",
                "--user-data-dir=" + profile);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Path.of("target", "chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new HeadlessChromium(driver, profile);
    }

    static void requireExecutable(final Path binary) {
        if (!Files.isExecutable(binary)) {
            throw new AssertionError(binary + " is missing: the browser tests need the " + PACKAGES);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a URL and waits until the document has loaded.
     *
     * @param url the URL
     */
    public void open(final String url) {
        driver.get(url);
    }

    /**
     * Returns the console messages of level SEVERE since the last call (errors, CSP violations, failed loads).
     *
     * @return the messages
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Tells whether a JavaScript dialog (alert, confirm, prompt) is open, and dismisses it.
     *
     * @return the text of the dialog, empty if there is none
     */
    public Optional<String> openDialog() {
        try {
            var alert = driver.switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            return Optional.of(text);
        } catch (NoAlertPresentException none) {
            return Optional.empty();
        }
    }

    /**
     * Saves a screenshot of the whole window under {@link #SCREENSHOTS}.
     *
     * @param name the file name, e.g. {@code report-rolled-back.png}
     * @return the file
     */
    public Path screenshot(final String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name);
            // the whole page, not only the window: chromedriver passes this DevTools command through as it is
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(target, Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
            return target;
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot save the screenshot " + name, exception);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException exception) {
            // a leftover temporary profile is harmless
        }
    }
}
