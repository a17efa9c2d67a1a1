package hudson.security;

import org.springframework.security.access.AccessDeniedException;

/** Compile-only copy: an object protected by an {@link ACL}. */
public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    default boolean hasAnyPermission(Permission... permissions) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
