package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Relative links of the DORA page: the page itself with other filters ({@code ?window=30&service=...}) and the exports
 * ({@code api/dora.json?...}, {@code api/dora.csv?...}). {@code HtmlWriter.relativeLink} percent-encodes the values,
 * so a service name can never turn into a scheme or another parameter.
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
     * Returns the query parameters of a page state, for {@code HtmlWriter.relativeLink}, which encodes them.
     *
     * @param window the window
     * @param service the service filter, if any
     * @param environment the environment filter, if any
     * @return window, then service and environment where given, e.g. {@code window=30&service=shop} as a link
     */
    static Map<String, String> parameters(
            final DoraWindow window, final Optional<String> service, final Optional<String> environment) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(WINDOW, String.valueOf(window.getDays()));
        service.ifPresent(value -> parameters.put(SERVICE, value));
        environment.ifPresent(value -> parameters.put(ENVIRONMENT, value));
        return parameters;
    }
}
