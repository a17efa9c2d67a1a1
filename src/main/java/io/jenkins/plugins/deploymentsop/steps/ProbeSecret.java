package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.health.ProbeCredentials;
import java.io.Serializable;

/**
 * A credential of a health check, resolved on the controller and handed to the agent where the probe runs (as
 * {@code withCredentials} does). It only travels over the channel: no build state keeps it, and it never prints.
 *
 * @param bearer {@code true} for a bearer token, {@code false} for basic authentication
 * @param user the user name of basic authentication; empty for a token
 * @param secret the password or the token
 */
record ProbeSecret(boolean bearer, String user, String secret) implements Serializable {
    private static final long serialVersionUID = 1L;

    static ProbeSecret basic(final String user, final String password) {
        return new ProbeSecret(false, user, password);
    }

    static ProbeSecret token(final String token) {
        return new ProbeSecret(true, "", token);
    }

    /** Turns the secret into what the engine's HTTP probe sends. */
    ProbeCredentials credentials() {
        return bearer ? ProbeCredentials.bearer(secret) : ProbeCredentials.basic(user, secret);
    }

    @Override
    public String toString() {
        return credentials().toString();
    }
}
