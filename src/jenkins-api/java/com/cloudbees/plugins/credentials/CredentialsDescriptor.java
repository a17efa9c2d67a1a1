package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;
import org.jenkins.ui.icon.IconSpec;

/** Compile-only copy: descriptor of a kind of credential. */
public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected CredentialsDescriptor() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getIconClassName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
