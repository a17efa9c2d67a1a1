package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.health.ProbeCredentials;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;

/**
 * What a health check needs to create the probe of one colour.
 *
 * @param color the colour probed
 * @param targets the base URLs of both colours
 * @param commands where command probes run: the build's agent
 * @param credentials resolves a credentials ID into what an HTTP probe sends
 */
public record ProbeTarget(Color color, ColorTargets targets, CommandRunner commands, CredentialsLookup credentials) {
    /** The base URL of the colour probed, e.g. {@code http://10.0.0.2:8080}. */
    public String url() {
        return targets.url(color);
    }

    /** Resolves a credentials ID of a health check. */
    @FunctionalInterface
    public interface CredentialsLookup {
        /** A lookup for builds without credentials: every ID is unknown. */
        CredentialsLookup NONE = id -> {
            throw new InvalidInputException("credentialsId", id, "the ID of a credential this build may use");
        };

        /**
         * Finds the credentials.
         *
         * @param credentialsId the ID
         * @return what the probe sends (basic or bearer)
         * @throws InvalidInputException if no usable credential has the ID
         */
        ProbeCredentials find(String credentialsId);
    }
}
