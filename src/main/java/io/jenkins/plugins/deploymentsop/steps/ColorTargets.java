package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.traffic.Color;
import java.io.Serializable;
import java.net.URI;

/**
 * The base URLs of the two colours, as given to {@code blue:} and {@code green:}.
 *
 * @param blue e.g. {@code http://10.0.0.1:8080}
 * @param green e.g. {@code http://10.0.0.2:8080}
 */
public record ColorTargets(String blue, String green) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Returns the base URL of a colour.
     *
     * @param color the colour
     * @return its URL without a trailing slash
     */
    public String url(final Color color) {
        return color == Color.BLUE ? blue : green;
    }

    /**
     * Returns {@code host:port} of a colour's URL, the port defaulting to 80 or 443 by scheme.
     *
     * @param color the colour
     * @return e.g. {@code 10.0.0.1:8080}
     */
    public String authority(final Color color) {
        return host(color) + ":" + port(color);
    }

    /**
     * Returns the host of a colour's URL.
     *
     * @param color the colour
     * @return e.g. {@code 10.0.0.1}
     */
    public String host(final Color color) {
        String host = URI.create(url(color)).getHost();
        return host == null ? "" : host;
    }

    /**
     * Returns the port of a colour's URL, 80 or 443 by scheme when it has none.
     *
     * @param color the colour
     * @return the port
     */
    public int port(final Color color) {
        URI uri = URI.create(url(color));
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
