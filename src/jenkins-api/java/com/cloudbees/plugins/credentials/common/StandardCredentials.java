package com.cloudbees.plugins.credentials.common;

/** Compile-only copy: a credential with an ID and a description. */
public interface StandardCredentials extends IdCredentials {
    String getDescription();
}
