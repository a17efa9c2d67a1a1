package hudson.model;

import java.io.Serializable;

/** Compile-only copy: the value of one build parameter. */
public abstract class ParameterValue implements Serializable {
    protected ParameterValue(String name) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected ParameterValue(String name, String description) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final String getName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getDescription() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isSensitive() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Object getValue() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
