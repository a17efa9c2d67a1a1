package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.RelativePath;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The validators of the step's parameters, shared by the setters (which throw, so the Pipeline fails with the
 * message) and the Snippet Generator's form checks. Each message names the parameter, the value and what is allowed.
 */
final class ChecklistParameters {
    private static final Pattern RELEASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,99}");
    private static final int MAX_OVERRIDE_REASON = 500;

    private ChecklistParameters() {}

    static String release(final String release) {
        String trimmed = release.trim();
        if (!RELEASE.matcher(trimmed).matches()) {
            throw new InvalidInputException(
                    "release",
                    release,
                    "a version such as 1.4.0 or 2026.03.1-hotfix1: 1 to 100 letters, digits, '.', '_', '+' or '-'");
        }
        return trimmed;
    }

    static String environment(final String environment) {
        return new DeploymentKey("x", environment.trim()).environment();
    }

    static String service(final String service) {
        String trimmed = service.trim();
        return trimmed.isEmpty() ? "" : new DeploymentKey(trimmed, "x").service();
    }

    /**
     * Validates a checklist's name; blank means the pre-deployment checklist.
     *
     * @param name the name
     * @return the trimmed name, or {@link ChecklistEntry#DEFAULT_CHECKLIST}
     */
    static String name(final String name) {
        String trimmed = name.trim();
        return trimmed.isEmpty() ? ChecklistEntry.DEFAULT_CHECKLIST : ChecklistItem.validateId("name", trimmed);
    }

    static DeploymentType type(final String type) {
        return DeploymentType.valueOf("type", type);
    }

    static String workspacePath(final String parameter, final String path) {
        return path.isBlank() ? "" : RelativePath.of(parameter, path).toString();
    }

    static String timeSpan(final String parameter, final String text) {
        if (text.isBlank()) {
            return "";
        }
        TimeSpan span = TimeSpan.valueOf(parameter, text);
        if (span.isZero()) {
            throw new InvalidInputException(parameter, text, "a duration above 0, e.g. 30s, 5m, 24h");
        }
        return text.trim();
    }

    static String emergencyOverride(final String reason) {
        String trimmed = reason.trim();
        if (trimmed.length() > MAX_OVERRIDE_REASON) {
            throw new InvalidInputException(
                    "emergencyOverride",
                    trimmed.substring(0, 40) + "...",
                    "a reason of at most " + MAX_OVERRIDE_REASON + " characters, e.g. P1 incident INC-4711");
        }
        return trimmed;
    }

    /**
     * Validates an http(s) URL; the placeholders {@code ${release}} and {@code ${environment}} are allowed.
     *
     * @param parameter the parameter
     * @param url the URL
     * @return the trimmed URL
     */
    static String httpUrl(final String parameter, final String url) {
        String trimmed = url.trim();
        String allowed = "an http:// or https:// URL with a host, e.g. https://shop.example.com/health";
        URI uri;
        try {
            uri = new URI(trimmed.replace("${release}", "release").replace("${environment}", "environment"));
        } catch (URISyntaxException exception) {
            throw new InvalidInputException(parameter, url, allowed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new InvalidInputException(parameter, url, allowed);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(
                    parameter, "(a URL with user:password@)", allowed + ", without credentials in it");
        }
        return trimmed;
    }

    static String metricsUrl(final String url) {
        return url.isBlank() ? "" : httpUrl("metricsUrl", url);
    }
}
