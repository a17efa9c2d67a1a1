package hudson.security;

/** Compile-only copy: the access control list of an object (the Authentication-based members are not copied). */
public abstract class ACL {
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
}
