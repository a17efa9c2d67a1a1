package org.jenkinsci.remoting;

/** Compile-only copy: a named role of a remoting endpoint. */
public final class Role {
    public Role(String name) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Role(Class<?> owner) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
