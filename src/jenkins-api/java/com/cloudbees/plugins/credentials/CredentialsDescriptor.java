package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;

/**
 * Compile-only copy: descriptor of a kind of credential. The real class also implements
 * org.jenkins.ui.icon.IconSpec; that package is left out so the plugin jar's package excludes stay complete.
 */
public abstract class CredentialsDescriptor extends Descriptor<Credentials> {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected CredentialsDescriptor() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getIconClassName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
