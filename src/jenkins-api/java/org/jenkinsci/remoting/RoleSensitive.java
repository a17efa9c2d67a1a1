package org.jenkinsci.remoting;

/** Compile-only copy: something that declares which side of a channel it may run on. */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
