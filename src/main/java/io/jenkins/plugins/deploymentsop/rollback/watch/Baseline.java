package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The values of the signals that baseline rules compare with, captured once when watching starts (before the new
 * version takes traffic, or from the previous version), and why a value is missing.
 */
public final class Baseline implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Baseline EMPTY = new Baseline(Map.of(), Map.of());

    private final HashMap<String, Double> values;
    private final LinkedHashMap<String, String> missing;

    private Baseline(final Map<String, Double> values, final Map<String, String> missing) {
        this.values = new HashMap<>(values);
        this.missing = new LinkedHashMap<>(missing);
    }

    public static Baseline empty() {
        return EMPTY;
    }

    /**
     * Creates a baseline from known values.
     *
     * @param valuesBySource values by signal source
     * @return the baseline
     */
    public static Baseline of(final Map<String, Double> valuesBySource) {
        Map<String, String> missing = new LinkedHashMap<>();
        Map<String, Double> values = new HashMap<>();
        valuesBySource.forEach((source, value) -> {
            if (Double.isFinite(value)) {
                values.put(source, value);
            } else {
                missing.put(source, "the value is " + value);
            }
        });
        return new Baseline(values, missing);
    }

    /**
     * Captures the baseline signals of a rule set from one set of readings.
     *
     * @param rules the rules; only their {@link RuleSet#baselineSignals() baseline signals} are kept
     * @param observations the readings taken when watching starts
     * @return the baseline, with the reason for every signal without a value
     */
    public static Baseline capture(final RuleSet rules, final Observations observations) {
        Map<String, Double> values = new HashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (Signal signal : rules.baselineSignals()) {
            Observation observation = observations.get(signal);
            if (observation.hasValue()) {
                values.put(signal.source(), observation.value());
            } else {
                missing.put(signal.source(), observation.detail());
            }
        }
        return new Baseline(values, missing);
    }

    /**
     * Returns the baseline of a signal.
     *
     * @param signal the signal
     * @return the value, empty if none was captured
     */
    public OptionalDouble get(final Signal signal) {
        Double value = values.get(signal.source());
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Returns the values by signal source. */
    public Map<String, Double> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Returns why a signal has no baseline, by signal source. */
    public Map<String, String> missing() {
        return Collections.unmodifiableMap(missing);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Baseline && ((Baseline) o).values.equals(values) && ((Baseline) o).missing.equals(missing);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + missing.hashCode();
    }

    @Override
    public String toString() {
        return values + (missing.isEmpty() ? "" : ", missing " + missing);
    }
}
