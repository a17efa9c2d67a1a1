package org.jenkinsci.remoting;

import java.util.Collection;

/** Compile-only copy: verifies the roles a {@link RoleSensitive} asks for. */
public abstract class RoleChecker {
    public abstract void check(RoleSensitive subject, Collection<Role> expected) throws SecurityException;

    public void check(RoleSensitive subject, Role expected) throws SecurityException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void check(RoleSensitive subject, Role... expected) throws SecurityException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
