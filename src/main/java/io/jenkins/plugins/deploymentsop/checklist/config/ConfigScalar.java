package io.jenkins.plugins.deploymentsop.checklist.config;

/**
 * A single value as written: its text is kept verbatim, so {@code version: 1.10} stays {@code 1.10}.
 *
 * @param kind what the YAML parser made of it
 * @param text the text as written
 * @param location where it was written
 */
public record ConfigScalar(Kind kind, String text, SourceLocation location) implements ConfigValue {
    /** The scalar kinds YAML distinguishes. */
    public enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    static ConfigScalar ofNull(final SourceLocation location) {
        return new ConfigScalar(Kind.NULL, "", location);
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return kind == Kind.NULL ? "nothing" : "'" + text + "'";
    }
}
