package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** Compile-only copy: a credential with a user name. */
public interface UsernameCredentials extends Credentials {
    String getUsername();
}
