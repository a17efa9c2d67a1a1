package hudson.security;

import org.springframework.security.core.Authentication;

/** Compile-only copy: the access control list of an object (only some Authentication-based members are copied). */
public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    public final void checkPermission(Permission p) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final void checkAnyPermission(Permission... permissions) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final boolean hasPermission(Permission p) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final boolean hasAnyPermission(Permission... permissions) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static ACLContext as2(Authentication auth) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
