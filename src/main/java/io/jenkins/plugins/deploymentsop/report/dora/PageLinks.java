package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Relative links of the DORA page: the page itself with other filters ({@code ?window=30&service=...}) and the exports
 * ({@code api/dora.json?...}, {@code api/dora.csv?...}). Parameter values are percent-encoded, so a service name
 * can never turn into a scheme or another parameter.
 */
public final class PageLinks {
    /** Request parameter of the window in days. */
    public static final String WINDOW = "window";
    /** Request parameter of the service filter. */
    public static final String SERVICE = "service";
    /** Request parameter of the environment filter. */
    public static final String ENVIRONMENT = "environment";
    /** Relative URL of the JSON export. */
    public static final String JSON_EXPORT = "api/dora.json";
    /** Relative URL of the CSV export. */
    public static final String CSV_EXPORT = "api/dora.csv";

    private PageLinks() {}

    /**
     * Builds the query string of a page state.
     *
     * @param window the window
     * @param service the service filter, if any
     * @param environment the environment filter, if any
     * @return e.g. {@code window=30&service=shop}
     */
    public static String query(
            final DoraWindow window, final Optional<String> service, final Optional<String> environment) {
        StringBuilder query = new StringBuilder(WINDOW + "=" + window.getDays());
        service.ifPresent(value -> query.append('&').append(SERVICE).append('=').append(encode(value)));
        environment.ifPresent(
                value -> query.append('&').append(ENVIRONMENT).append('=').append(encode(value)));
        return query.toString();
    }

    static String page(final DoraWindow window, final Optional<String> service, final Optional<String> environment) {
        return "?" + query(window, service, environment);
    }

    static String json(final DoraWindow window, final Optional<String> service, final Optional<String> environment) {
        return JSON_EXPORT + "?" + query(window, service, environment);
    }

    static String csv(final DoraWindow window, final Optional<String> service, final Optional<String> environment) {
        return CSV_EXPORT + "?" + query(window, service, environment);
    }

    private static String encode(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
