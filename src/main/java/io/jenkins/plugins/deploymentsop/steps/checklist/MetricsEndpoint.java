package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.InstantQueryClient;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;

/**
 * The Prometheus server of metric items and its resolved authentication, carried to the agent where the checks run.
 * {@link io.jenkins.plugins.deploymentsop.metrics.HttpAuth} is deliberately not serializable, so this holds the parts
 * and builds it there; {@link #toString()} never shows the secret.
 */
final class MetricsEndpoint implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final TimeSpan QUERY_TIMEOUT = TimeSpan.ofSeconds(10);

    /** How the server is authenticated. */
    enum Kind {
        NONE,
        BASIC,
        BEARER
    }

    private final String url;
    private final Kind kind;
    private final String user;
    private final String secret;

    private MetricsEndpoint(final String url, final Kind kind, final String user, final String secret) {
        this.url = url;
        this.kind = kind;
        this.user = user;
        this.secret = secret;
    }

    static MetricsEndpoint anonymous(final String url) {
        return new MetricsEndpoint(url, Kind.NONE, "", "");
    }

    static MetricsEndpoint basic(final String url, final String user, final String password) {
        return new MetricsEndpoint(url, Kind.BASIC, user, password);
    }

    static MetricsEndpoint bearer(final String url, final String token) {
        return new MetricsEndpoint(url, Kind.BEARER, "", token);
    }

    String url() {
        return url;
    }

    Kind kind() {
        return kind;
    }

    /**
     * Creates the client for the checklist engine.
     *
     * @return the client
     */
    InstantQueryClient client() {
        return new PrometheusQueries(PrometheusClient.create(url, auth(), QUERY_TIMEOUT));
    }

    private HttpAuth auth() {
        switch (kind) {
            case BASIC:
                return HttpAuth.basic(user, secret);
            case BEARER:
                return HttpAuth.bearer(secret);
            default:
                return HttpAuth.none();
        }
    }

    @Override
    public String toString() {
        return url + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + " authentication)";
    }
}
