package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule observes: a named value read from a source. The source is a reference such as
 * {@code prometheus:<query>}, {@code health:<probe name>} or {@code sop:error-rate}; the step maps it to a real
 * metric source or probe, the engine only carries it. Observations are keyed by the source, so rules that watch
 * the same source share one reading per tick.
 */
public final class Signal implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The scheme of health probe references. */
    public static final String HEALTH_SCHEME = "health";

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S.*", Pattern.DOTALL);
    private static final int MAX_SOURCE = 4000;
    private static final int MAX_NAME = 100;
    private static final int MAX_UNIT = 20;

    private final String name;
    private final String source;
    private final String unit;

    private Signal(final String name, final String source, final String unit) {
        this.name = name;
        this.source = source;
        this.unit = unit;
    }

    /**
     * Creates a signal.
     *
     * @param name the name shown to people, e.g. {@code error rate}
     * @param source the reference, {@code <scheme>:<rest>}, e.g. {@code prometheus:sum(rate(errors[1m]))}
     * @param unit the unit of its values, e.g. {@code %}, {@code s}, {@code ms}, or empty
     * @return the signal
     */
    public static Signal of(final String name, final String source, final String unit) {
        String trimmedName = name.trim();
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME || hasControlCharacters(trimmedName)) {
            throw new InvalidInputException("name", name, "a name of 1 to 100 characters, e.g. 'error rate'");
        }
        String trimmedSource = source.trim();
        if (!SOURCE.matcher(trimmedSource).matches() || trimmedSource.length() > MAX_SOURCE) {
            throw new InvalidInputException(
                    "source",
                    source,
                    "a reference '<scheme>:<what>' of at most 4000 characters, e.g. 'prometheus:<query>',"
                            + " 'health:<probe name>' or 'sop:error-rate'");
        }
        String trimmedUnit = unit.trim();
        if (trimmedUnit.length() > MAX_UNIT
                || hasControlCharacters(trimmedUnit)
                || trimmedUnit.chars().anyMatch(Character::isDigit)) {
            throw new InvalidInputException(
                    "unit", unit, "a unit of at most 20 characters without digits, e.g. %, s, ms");
        }
        return new Signal(trimmedName, trimmedSource, trimmedUnit);
    }

    /**
     * Creates the signal of a health probe: 1 when the probe passed, 0 when it failed.
     *
     * @param name the name shown to people
     * @param probe the probe's name as the step knows it
     * @return the signal
     */
    public static Signal health(final String name, final String probe) {
        return of(name, HEALTH_SCHEME + ":" + probe, "");
    }

    private static boolean hasControlCharacters(final String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public String unit() {
        return unit;
    }

    /** Returns the scheme of the source, e.g. {@code prometheus}. */
    public String scheme() {
        return source.substring(0, source.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    public SignalKind kind() {
        return HEALTH_SCHEME.equals(scheme()) ? SignalKind.HEALTH : SignalKind.METRIC;
    }

    /**
     * Renders a value of this signal, e.g. {@code 12.5%}, {@code 3.2s}, or {@code passing}/{@code failing} for a
     * health probe.
     *
     * @param value the value
     * @return the text
     */
    public String format(final double value) {
        if (kind() == SignalKind.HEALTH) {
            return value > 0 ? "passing" : "failing";
        }
        return Quantities.format(value, unit);
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Signal)) {
            return false;
        }
        Signal other = (Signal) o;
        return name.equals(other.name) && source.equals(other.source) && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, source, unit);
    }

    @Override
    public String toString() {
        return name + " (" + source + ")";
    }
}
