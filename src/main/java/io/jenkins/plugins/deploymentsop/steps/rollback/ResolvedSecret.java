package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.ProbeCredentials;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import java.io.Serializable;

/**
 * A credential resolved on the controller: basic authentication or a bearer token. It goes to the agent with a probe
 * attempt (as {@code withCredentials} would) but is kept by no build state and never printed.
 */
final class ResolvedSecret implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean bearer;
    private final String user;
    private final String secret;

    private ResolvedSecret(final boolean bearer, final String user, final String secret) {
        this.bearer = bearer;
        this.user = user;
        this.secret = secret;
    }

    static ResolvedSecret basic(final String user, final String password) {
        return new ResolvedSecret(false, user, password);
    }

    static ResolvedSecret token(final String token) {
        return new ResolvedSecret(true, "", token);
    }

    HttpAuth httpAuth() {
        return bearer ? HttpAuth.bearer(secret) : HttpAuth.basic(user, secret);
    }

    ProbeCredentials probeCredentials() {
        return bearer ? ProbeCredentials.bearer(secret) : ProbeCredentials.basic(user, secret);
    }

    @Override
    public String toString() {
        return bearer ? "bearer token" : "basic authentication of " + user;
    }
}
