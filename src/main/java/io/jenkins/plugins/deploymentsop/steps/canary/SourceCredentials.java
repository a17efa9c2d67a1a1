package io.jenkins.plugins.deploymentsop.steps.canary;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.steps.CredentialChoices;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Resolves the {@code credentialsId} of a metric source for a build (basic auth or a bearer token), and lists the
 * choices of the form's drop-down.
 */
final class SourceCredentials {
    private SourceCredentials() {}

    /**
     * Resolves credentials.
     *
     * @param run the build (its job decides which credentials it may use)
     * @param credentialsId the ID; empty for none
     * @return the authentication
     * @throws InvalidInputException if no usable credential has that ID
     */
    static HttpAuth resolve(final Run<?, ?> run, final String credentialsId) {
        if (credentialsId.isEmpty()) {
            return HttpAuth.none();
        }
        StandardUsernamePasswordCredentials basic =
                CredentialsProvider.findCredentialById(credentialsId, StandardUsernamePasswordCredentials.class, run);
        if (basic != null) {
            CredentialsProvider.track(run, basic);
            return HttpAuth.basic(basic.getUsername(), basic.getPassword().getPlainText());
        }
        StringCredentials token = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run);
        if (token != null) {
            CredentialsProvider.track(run, token);
            return HttpAuth.bearer(token.getSecret().getPlainText());
        }
        throw new InvalidInputException(
                "credentialsId",
                credentialsId,
                "the ID of a 'Username with password' (basic) or 'Secret text' (bearer token) credential this job may"
                        + " use");
    }

    /**
     * Lists the credentials a source may use, for the Snippet Generator.
     *
     * @param item the job, if any
     * @param current the value in the form
     * @return the choices
     */
    static ListBoxModel choices(@CheckForNull final Item item, final String current) {
        return CredentialChoices.of(item, current);
    }
}
