package hudson.security;

/**
 * Compile-only copy: an object protected by an {@link ACL}. The real {@code checkPermission} default method
 * declares Spring Security's AccessDeniedException and is left out: call {@code getACL().checkPermission(p)}.
 */
public interface AccessControlled {
    ACL getACL();

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    default boolean hasAnyPermission(Permission... permissions) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
