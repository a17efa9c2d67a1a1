package com.cloudbees.plugins.credentials;

import org.jenkins.ui.icon.IconSpec;

import hudson.model.Descriptor;

/**
 * Compile-only copy: descriptor of a kind of credential.
 */
public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
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
