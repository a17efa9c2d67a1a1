package com.cloudbees.plugins.credentials.common;

/** Compile-only copy: a standard user name and password credential. */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
