package io.jenkins.plugins.deploymentsop.steps;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * The credentials drop-down of every {@code credentialsId} field (health checks, metric sources), filled as the
 * credentials plugin's consumer guide says.
 */
public final class CredentialChoices {
    private CredentialChoices() {}

    /**
     * Lists the credentials a build of the job may use, for the Snippet Generator, as the credentials plugin's consumer guide
     * says: people who cannot choose see only the current value; the others see the credentials the job's builds
     * will run with (global and folder ones included), or the global ones without a job.
     *
     * @param item the job, if any
     * @param current the value in the form
     * @return the choices
     */
    public static ListBoxModel of(@CheckForNull final Item item, final String current) {
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
