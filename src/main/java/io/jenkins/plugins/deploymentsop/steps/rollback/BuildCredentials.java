package io.jenkins.plugins.deploymentsop.steps.rollback;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Resolves the credentials IDs of metric sources and HTTP health checks in the context of the build (so folder and
 * job credentials apply, and their use is tracked): "Username with password" is basic authentication, "Secret text"
 * a bearer token.
 */
final class BuildCredentials implements SecretLookup {
    static final String ALLOWED =
            "the ID of a 'Username with password' (basic) or 'Secret text' (bearer token) credential this job may use";

    private final Run<?, ?> run;

    BuildCredentials(final Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public HttpAuth httpAuth(final String credentialsId) {
        return resolve(credentialsId).httpAuth();
    }

    /**
     * Resolves a credentials ID.
     *
     * @param credentialsId the ID
     * @return the secret
     * @throws InvalidInputException if no usable credential has the ID
     */
    ResolvedSecret resolve(final String credentialsId) {
        StandardUsernamePasswordCredentials basic =
                CredentialsProvider.findCredentialById(credentialsId, StandardUsernamePasswordCredentials.class, run);
        if (basic != null) {
            CredentialsProvider.track(run, basic);
            return ResolvedSecret.basic(basic.getUsername(), basic.getPassword().getPlainText());
        }
        StringCredentials token = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run);
        if (token == null) {
            throw new InvalidInputException("credentialsId", credentialsId, ALLOWED);
        }
        CredentialsProvider.track(run, token);
        return ResolvedSecret.token(token.getSecret().getPlainText());
    }
}
