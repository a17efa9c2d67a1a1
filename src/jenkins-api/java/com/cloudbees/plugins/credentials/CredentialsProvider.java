package com.cloudbees.plugins.credentials;

import org.jenkins.ui.icon.IconSpec;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.Permission;
import java.util.List;

/**
 * Compile-only copy: source of credentials; only the build-time lookup by ID and a permission are copied.
 */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {
    public static final Permission USE_ITEM = null;

    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            DomainRequirement... domainRequirements) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <C extends Credentials> C track(Run build, C credentials) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <C extends Credentials> C track(Item item, C credentials) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
