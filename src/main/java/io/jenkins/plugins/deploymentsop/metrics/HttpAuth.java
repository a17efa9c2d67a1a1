package io.jenkins.plugins.deploymentsop.metrics;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How a source authenticates: not at all, HTTP basic or a bearer token. The secrets are already resolved by the
 * caller (in Jenkins: from a credentials ID); this class never prints them and is deliberately not serializable.
 */
public final class HttpAuth {
    private static final HttpAuth NONE = new HttpAuth("none", "");

    private final String kind;
    private final String headerValue;

    private HttpAuth(final String kind, final String headerValue) {
        this.kind = kind;
        this.headerValue = headerValue;
    }

    /**
     * No authentication.
     *
     * @return the instance
     */
    public static HttpAuth none() {
        return NONE;
    }

    /**
     * HTTP basic authentication.
     *
     * @param user the user name
     * @param password the password
     * @return the authentication
     */
    public static HttpAuth basic(final String user, final String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HttpAuth("basic", "Basic " + token);
    }

    /**
     * A bearer token, e.g. for a Prometheus behind an OAuth proxy.
     *
     * @param token the token
     * @return the authentication
     */
    public static HttpAuth bearer(final String token) {
        return new HttpAuth("bearer", "Bearer " + token);
    }

    void apply(final HttpRequest.Builder request) {
        if (!headerValue.isEmpty()) {
            request.header("Authorization", headerValue);
        }
    }

    /** Names the kind of authentication only, never the secret. */
    @Override
    public String toString() {
        return kind;
    }
}
