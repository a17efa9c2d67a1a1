package hudson.security;

import org.springframework.security.core.context.SecurityContext;

/** Compile-only copy: restores the previous authentication when closed (from {@link ACL#as2}). */
public class ACLContext implements AutoCloseable {
    ACLContext(SecurityContext previousContext) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public SecurityContext getPreviousContext2() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
