package io.jenkins.plugins.deploymentsop.steps;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Resolves the {@code credentialsId} of HTTP health checks in the context of the build: a "Username with password"
 * credential becomes basic authentication, a "Secret text" credential a bearer token. An unknown ID fails the step
 * before anything runs, naming the ID.
 */
final class ProbeCredentialsLookup {
    static final String ALLOWED =
            "the ID of a 'Username with password' (basic) or 'Secret text' (bearer token) credential this job may use";

    private final Run<?, ?> run;

    ProbeCredentialsLookup(final Run<?, ?> run) {
        this.run = run;
    }

    /**
     * Resolves the credentials of all health checks.
     *
     * @param checks the health checks
     * @return the secrets by ID
     * @throws InvalidInputException naming an ID that matches no usable credential
     */
    Map<String, ProbeSecret> resolve(final List<HealthCheckConfiguration> checks) {
        Map<String, ProbeSecret> secrets = new LinkedHashMap<>();
        for (HealthCheckConfiguration check : checks) {
            Optional<String> id = check.credentialsId();
            if (id.isPresent() && !secrets.containsKey(id.get())) {
                secrets.put(id.get(), find(id.get()));
            }
        }
        return secrets;
    }

    /**
     * Resolves one credentials ID.
     *
     * @param credentialsId the ID
     * @return the secret
     * @throws InvalidInputException if no usable credential has the ID
     */
    ProbeSecret find(final String credentialsId) {
        StandardUsernamePasswordCredentials basic =
                CredentialsProvider.findCredentialById(credentialsId, StandardUsernamePasswordCredentials.class, run);
        if (basic != null) {
            CredentialsProvider.track(run, basic);
            return ProbeSecret.basic(basic.getUsername(), basic.getPassword().getPlainText());
        }
        StringCredentials token = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run);
        if (token != null) {
            CredentialsProvider.track(run, token);
            return ProbeSecret.token(token.getSecret().getPlainText());
        }
        throw new InvalidInputException("credentialsId", credentialsId, ALLOWED);
    }

    /**
     * Lists the credentials a job's health checks may send, for the Snippet Generator.
     *
     * @param item the job, if any
     * @param current the value in the form
     * @return the choices
     */
    static ListBoxModel choices(@CheckForNull final Item item, final String current) {
        return CredentialChoices.of(item, current);
    }
}
