package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;

/**
 * Resolves the {@code credentialsId} of a metric source in the context of the build: a "Username with password"
 * credential is HTTP basic authentication, a "Secret text" credential a bearer token.
 */
@FunctionalInterface
public interface SecretLookup {
    /**
     * Resolves a credentials ID.
     *
     * @param credentialsId the ID
     * @return the authentication
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException if no usable credential has the ID
     */
    HttpAuth httpAuth(String credentialsId);
}
