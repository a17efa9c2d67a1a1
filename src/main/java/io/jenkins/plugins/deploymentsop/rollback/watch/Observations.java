package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.Signal;
import java.util.HashMap;
import java.util.Map;

/**
 * The readings of one tick, keyed by signal source (see {@link io.jenkins.plugins.deploymentsop.rollback.RuleSet#signals()}).
 * A signal without a reading is no data.
 */
public final class Observations {
    private static final Observations NONE = new Observations(Map.of());

    private final Map<String, Observation> bySource;

    private Observations(final Map<String, Observation> bySource) {
        this.bySource = Map.copyOf(bySource);
    }

    /** Returns a tick without any reading. */
    public static Observations none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the reading of a signal.
     *
     * @param signal the signal
     * @return its reading, or no data if the tick has none
     */
    public Observation get(final Signal signal) {
        Observation observation = bySource.get(signal.source());
        return observation == null ? Observation.noData("no reading was supplied for " + signal.source()) : observation;
    }

    /** Returns the readings by source. */
    public Map<String, Observation> asMap() {
        return bySource;
    }

    @Override
    public String toString() {
        return bySource.toString();
    }

    /** Collects the readings of one tick. */
    public static final class Builder {
        private final Map<String, Observation> bySource = new HashMap<>();

        private Builder() {}

        /**
         * Adds a reading.
         *
         * @param signal the signal read
         * @param observation the reading
         * @return this builder
         */
        public Builder put(final Signal signal, final Observation observation) {
            return put(signal.source(), observation);
        }

        /**
         * Adds a reading.
         *
         * @param source the signal's source reference, e.g. {@code sop:error-rate}
         * @param observation the reading
         * @return this builder
         */
        public Builder put(final String source, final Observation observation) {
            bySource.put(source, observation);
            return this;
        }

        /**
         * Adds a value.
         *
         * @param source the signal's source reference
         * @param value the value
         * @return this builder
         */
        public Builder value(final String source, final double value) {
            return put(source, Observation.value(value));
        }

        public Observations build() {
            return new Observations(bySource);
        }
    }
}
