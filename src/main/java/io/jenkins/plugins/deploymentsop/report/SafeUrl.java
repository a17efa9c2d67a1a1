package io.jenkins.plugins.deploymentsop.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Decides which strings from a record may become links: absolute http(s) URLs with a host, nothing else. */
final class SafeUrl {
    private SafeUrl() {}

    /**
     * Tells whether a string is an absolute http or https URL with a host.
     *
     * @param text the candidate
     * @return whether it may be the target of a link
     */
    static boolean isHttp(final String text) {
        if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && ("http".equals(scheme.toLowerCase(Locale.ROOT))
                            || "https".equals(scheme.toLowerCase(Locale.ROOT)))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException exception) {
            return false;
        }
    }
}
