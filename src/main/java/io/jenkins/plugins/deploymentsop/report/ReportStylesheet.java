package io.jenkins.plugins.deploymentsop.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's stylesheet. Jenkins serves it as {@code css/deployment-report.css} of the plugin (for the tab); the
 * build copies that one file next to this class (a resource entry in pom.xml), and the self-contained file inlines
 * it from there and allows exactly this text through a CSP hash rather than {@code 'unsafe-inline'}.
 */
public final class ReportStylesheet {
    /** Where the stylesheet is on the class path. */
    static final String RESOURCE = "deployment-report.css";

    private static final String CSS = load();

    private ReportStylesheet() {}

    /** Returns the stylesheet text. */
    public static String css() {
        return CSS;
    }

    /**
     * Returns the CSP source that allows exactly this stylesheet as the content of a {@code <style>} element.
     *
     * @return e.g. {@code 'sha256-…'}, quotes included
     */
    public static String cspHashSource() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CSS.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("Every Java runtime has SHA-256", exception);
        }
    }

    private static String load() {
        try (InputStream input = ReportStylesheet.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException("The plugin is incomplete: " + RESOURCE + " is missing");
            }
            String css = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            if (css.contains("</")) {
                throw new IllegalStateException(RESOURCE + " must not contain '</': it is inlined in <style>");
            }
            return css;
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, exception);
        }
    }
}
