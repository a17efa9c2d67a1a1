package com.cloudbees.plugins.credentials.common;

/** Compile-only copy: a drop-down list of standard credentials. */
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    @Override
    protected String describe(StandardCredentials c) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
