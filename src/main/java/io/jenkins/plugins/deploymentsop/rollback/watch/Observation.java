package io.jenkins.plugins.deploymentsop.rollback.watch;

import java.util.Objects;

/**
 * One reading of a signal in one tick: a value, or the reason why there is none. A health probe reads 1 when it
 * passed and 0 when it failed. A NaN or infinite value (e.g. a rate over zero requests) is no data, not a value.
 */
public final class Observation {
    /** What the reading is. */
    public enum Kind {
        /** A number in the signal's unit. */
        VALUE,
        /** The source answered without a value. */
        NO_DATA,
        /** The source could not be asked (unreachable, bad query, probe could not run). */
        ERROR
    }

    private final Kind kind;
    private final double value;
    private final String detail;

    private Observation(final Kind kind, final double value, final String detail) {
        this.kind = kind;
        this.value = value;
        this.detail = detail;
    }

    /**
     * Creates a reading with a value.
     *
     * @param value the value in the signal's unit
     * @return the reading; no data if the value is NaN or infinite
     */
    public static Observation value(final double value) {
        return value(value, "");
    }

    /**
     * Creates a reading with a value and a detail, e.g. the query's sample timestamp.
     *
     * @param value the value in the signal's unit
     * @param detail a detail shown with the value
     * @return the reading; no data if the value is NaN or infinite
     */
    public static Observation value(final double value, final String detail) {
        if (!Double.isFinite(value)) {
            return noData("the value is " + value + " (e.g. a rate over no requests)");
        }
        return new Observation(Kind.VALUE, value, detail);
    }

    /**
     * Creates the reading of a health probe.
     *
     * @param passed whether the probe passed
     * @param detail what the probe saw, e.g. {@code HTTP 503 after 120 ms}
     * @return the reading: 1 if passed, 0 if failed
     */
    public static Observation probe(final boolean passed, final String detail) {
        return new Observation(Kind.VALUE, passed ? 1 : 0, detail);
    }

    /**
     * Creates a reading without a value.
     *
     * @param reason why there is none, e.g. {@code the query returned no series}
     * @return the reading
     */
    public static Observation noData(final String reason) {
        return new Observation(Kind.NO_DATA, Double.NaN, reason);
    }

    /**
     * Creates a reading for a source that could not be asked.
     *
     * @param reason why, e.g. {@code connection refused: 127.0.0.1:9090}
     * @return the reading
     */
    public static Observation error(final String reason) {
        return new Observation(Kind.ERROR, Double.NaN, reason);
    }

    public Kind kind() {
        return kind;
    }

    public boolean hasValue() {
        return kind == Kind.VALUE;
    }

    /** Returns the value; NaN when there is none. */
    public double value() {
        return value;
    }

    /** Returns the detail of a value or the reason why there is none. */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Observation)) {
            return false;
        }
        Observation other = (Observation) o;
        return kind == other.kind && Double.compare(value, other.value) == 0 && detail.equals(other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, detail);
    }

    @Override
    public String toString() {
        return hasValue() ? value + (detail.isEmpty() ? "" : " (" + detail + ")") : kind + ": " + detail;
    }
}
