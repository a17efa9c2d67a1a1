package io.jenkins.plugins.deploymentsop.steps.checklist;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Run;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Resolves the step's {@code metricsUrl} and {@code metricsCredentialsId} on the controller, and records the use of
 * the credential on the build (its fingerprint lists the build, as for the other lookups).
 */
final class MetricsCredentials {
    private MetricsCredentials() {}

    /**
     * Resolves the Prometheus access of the metric items.
     *
     * @param url the URL, empty if metric items have no server
     * @param credentialsId the credential, empty for none
     * @param run the build, whose job's credentials are searched
     * @return the endpoint, or {@code null} without a URL
     * @throws AbortException if the credential is missing or of a kind that cannot authenticate
     */
    @CheckForNull
    static MetricsEndpoint resolve(final String url, final String credentialsId, final Run<?, ?> run)
            throws AbortException {
        if (url.isEmpty()) {
            if (!credentialsId.isEmpty()) {
                throw new AbortException("metricsCredentialsId '" + credentialsId
                        + "' is set but metricsUrl is not: set metricsUrl to the Prometheus base URL");
            }
            return null;
        }
        if (credentialsId.isEmpty()) {
            return MetricsEndpoint.anonymous(url);
        }
        StandardCredentials credentials =
                CredentialsProvider.findCredentialById(credentialsId, StandardCredentials.class, run);
        if (credentials instanceof StandardUsernamePasswordCredentials) {
            StandardUsernamePasswordCredentials basic = (StandardUsernamePasswordCredentials) credentials;
            CredentialsProvider.track(run, basic);
            return MetricsEndpoint.basic(
                    url, basic.getUsername(), basic.getPassword().getPlainText());
        }
        if (credentials instanceof StringCredentials) {
            StringCredentials token = (StringCredentials) credentials;
            CredentialsProvider.track(run, token);
            return MetricsEndpoint.bearer(url, token.getSecret().getPlainText());
        }
        throw new AbortException("Invalid value for 'metricsCredentialsId': '" + credentialsId + "' (allowed: the ID of"
                + " a username/password or secret text credential this job can use"
                + (credentials == null ? "; none found)" : "; it is another kind of credential)"));
    }
}
