package io.jenkins.plugins.deploymentsop.steps.canary;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

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
     * Lists the credentials a source may use, for the Snippet Generator, as the credentials plugin's consumer guide
     * says: people who cannot choose see only the current value; the others see the credentials the job's builds
     * will run with (global and folder ones included), or the global ones without a job.
     *
     * @param item the job, if any
     * @param current the value in the form
     * @return the choices
     */
    static ListBoxModel choices(@CheckForNull final Item item, final String current) {
        StandardListBoxModel model = new StandardListBoxModel();
        boolean mayChoose = item == null
                ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                : item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
        if (!mayChoose) {
            model.includeCurrentValue(current);
            return model;
        }
        // the builds' identity, not the viewer's: the global store answers SYSTEM only, and a build uses what its job
        // runs as
        Authentication authentication =
                item instanceof Queue.Task ? Tasks.getAuthenticationOf2((Queue.Task) item) : ACL.SYSTEM2;
        model.includeEmptyValue()
                .includeAs(authentication, item, StandardUsernamePasswordCredentials.class, List.of())
                .includeAs(authentication, item, StringCredentials.class, List.of())
                .includeCurrentValue(current);
        return model;
    }
}
