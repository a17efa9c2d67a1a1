package com.cloudbees.plugins.credentials.common;

/** Compile-only copy: a user name and password. */
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
