package com.cloudbees.plugins.credentials.common;

/** Compile-only copy: a standard credential with a user name. */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
