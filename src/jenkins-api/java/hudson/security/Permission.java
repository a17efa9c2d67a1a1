package hudson.security;

/**
 * Compile-only copy: a permission. Only the constants declared on other types are used; the real
 * constructors need localizer types and are left out (the private constructor only stops javac
 * from adding a public one).
 */
public final class Permission {
    private Permission() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
