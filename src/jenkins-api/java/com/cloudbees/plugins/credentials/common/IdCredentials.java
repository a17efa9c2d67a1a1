package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** Compile-only copy: a credential with an ID. */
public interface IdCredentials extends Credentials {
    String getId();
}
