package io.jenkins.plugins.deploymentsop.metrics;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks the URLs a user gives for servers, so that mistakes fail early with a clear message. Parsing only: checking a
 * URL builds no client and opens no connection, so step parameters can use it in their constructors.
 */
public final class HttpEndpoints {
    private static final String ALLOWED = "an http:// or https:// URL with a host, e.g. http://prometheus:9090";

    private HttpEndpoints() {}

    /**
     * Parses a server URL.
     *
     * @param parameter the parameter name, for the error message
     * @param text the URL
     * @return the URL
     * @throws InvalidInputException if it is not an absolute http(s) URL with a host, or if it contains credentials
     */
    public static URI parse(final String parameter, final String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException exception) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        if (uri.getRawUserInfo() != null) {
            // a password in a URL ends up in logs and build records: it belongs in a credential
            throw new InvalidInputException(
                    parameter, redact(uri), ALLOWED + " without user:password@ (use a credentials ID instead)");
        }
        return uri;
    }

    private static String redact(final URI uri) {
        return uri.getScheme() + "://***@" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /**
     * Appends a path to a base URL that may itself have a path prefix (e.g. Prometheus behind /prometheus).
     *
     * @param base the base URL
     * @param path the path, starting with a slash
     * @return the combined URL
     */
    static URI resolve(final URI base, final String path) {
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text + path);
    }

    /**
     * Renders a URL for messages: without its query string and fragment, which may carry API keys.
     *
     * @param uri the URL
     * @return scheme, host, port and path
     */
    static String withoutQuery(final URI uri) {
        return withoutQuery(uri.toString());
    }

    /**
     * Renders a URL (or URL template) for messages: without its query string and fragment.
     *
     * @param text the URL
     * @return the text up to the first {@code ?} or {@code #}
     */
    static String withoutQuery(final String text) {
        int cut = text.length();
        for (char separator : new char[] {'?', '#'}) {
            int at = text.indexOf(separator);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return text.substring(0, cut);
    }
}
