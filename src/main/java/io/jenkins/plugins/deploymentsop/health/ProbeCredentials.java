package io.jenkins.plugins.deploymentsop.health;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Credentials for an HTTP probe, already resolved by the caller (in Jenkins: from a credentials ID). Only the
 * {@code Authorization} header is built from them; {@link #toString()} never shows the secret.
 */
public final class ProbeCredentials {
    private static final ProbeCredentials NONE = new ProbeCredentials("", "none");

    private final String authorization;
    private final String description;

    private ProbeCredentials(final String authorization, final String description) {
        this.authorization = authorization;
        this.description = description;
    }

    public static ProbeCredentials none() {
        return NONE;
    }

    /**
     * HTTP basic authentication.
     *
     * @param user the user name
     * @param password the password
     * @return the credentials
     */
    public static ProbeCredentials basic(final String user, final String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ProbeCredentials("Basic " + token, "basic user '" + user + "' (password hidden)");
    }

    /**
     * A bearer token.
     *
     * @param token the token
     * @return the credentials
     */
    public static ProbeCredentials bearer(final String token) {
        return new ProbeCredentials("Bearer " + token, "bearer token (hidden)");
    }

    Optional<String> authorizationHeader() {
        return authorization.isEmpty() ? Optional.empty() : Optional.of(authorization);
    }

    /**
     * Tells whether a text contains the secret, so that an answer echoing it is not copied into a report.
     *
     * @param text the text
     * @return the text with the secret replaced by {@code ****}
     */
    String mask(final String text) {
        if (authorization.isEmpty()) {
            return text;
        }
        String secret = authorization.substring(authorization.indexOf(' ') + 1);
        return text.replace(secret, "****");
    }

    @Override
    public String toString() {
        return description;
    }
}
