package io.jenkins.plugins.deploymentsop.rollback.watch;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A breaching sample as the incident shows it: when, and the value with its unit (or why it counted). */
public final class SeenValue implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Instant at;
    private final String text;

    SeenValue(final Instant at, final String text) {
        this.at = at;
        this.text = text;
    }

    public Instant at() {
        return at;
    }

    /** Returns the value with its unit, e.g. {@code 12.5%}, or e.g. {@code no data} when missing data counted. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof SeenValue && ((SeenValue) o).at.equals(at) && ((SeenValue) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, text);
    }

    @Override
    public String toString() {
        return text + " at " + at;
    }
}
