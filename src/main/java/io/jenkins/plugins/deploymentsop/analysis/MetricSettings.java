package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How often a metric of an analysis run is measured and how many bad measurements it tolerates, with Argo Rollouts'
 * names and defaults: {@code interval}, {@code count}, {@code failureLimit} (0), {@code inconclusiveLimit} (0),
 * {@code consecutiveErrorLimit} (4), {@code initialDelay} (0) and {@code dryRun}. A limit is exceeded when the count
 * is greater than it: with failureLimit 2 the third failed measurement fails the metric.
 */
public final class MetricSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Argo Rollouts' default for consecutive errors. */
    public static final int DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final String name;
    private final TimeSpan interval;
    private final int count;
    private final int failureLimit;
    private final int inconclusiveLimit;
    private final int consecutiveErrorLimit;
    private final TimeSpan initialDelay;
    private final boolean dryRun;

    private MetricSettings(final Builder builder) {
        this.name = builder.name;
        this.interval = builder.interval;
        this.count = builder.count;
        this.failureLimit = builder.failureLimit;
        this.inconclusiveLimit = builder.inconclusiveLimit;
        this.consecutiveErrorLimit = builder.consecutiveErrorLimit;
        this.initialDelay = builder.initialDelay;
        this.dryRun = builder.dryRun;
    }

    /**
     * Starts settings for a metric.
     *
     * @param name the metric's name: letters, digits, '.', '_' and '-'
     * @return the builder
     */
    public static Builder builder(final String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "name",
                    name,
                    "letters, digits, '.', '_' and '-', starting with a letter or digit, e.g. error-rate");
        }
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /**
     * Returns the time between two measurements.
     *
     * @return the interval
     */
    public TimeSpan interval() {
        return interval;
    }

    /**
     * Returns how many measurements (errors not counted) complete the metric.
     *
     * @return the count, 0 for "until the run is terminated"
     */
    public int count() {
        return count;
    }

    public int failureLimit() {
        return failureLimit;
    }

    public int inconclusiveLimit() {
        return inconclusiveLimit;
    }

    public int consecutiveErrorLimit() {
        return consecutiveErrorLimit;
    }

    public TimeSpan initialDelay() {
        return initialDelay;
    }

    /**
     * Tells whether the metric is only reported and never decides the run.
     *
     * @return true for a dry-run metric
     */
    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * Returns the longest time from the start until a metric that fails from the start is failed: the initial delay,
     * then failureLimit + 1 measurements one interval apart, plus one interval for the bad data to show in a query
     * window of one interval.
     *
     * @return initialDelay + interval × (failureLimit + 1)
     */
    public TimeSpan timeToFail() {
        return initialDelay.plus(interval.times(failureLimit + 1L));
    }

    @Override
    public String toString() {
        return String.format(
                "%s (interval %s, count %s, failureLimit %d, inconclusiveLimit %d, consecutiveErrorLimit %d, "
                        + "initialDelay %s%s)",
                name,
                interval,
                count == 0 ? "until terminated" : String.valueOf(count),
                failureLimit,
                inconclusiveLimit,
                consecutiveErrorLimit,
                initialDelay,
                dryRun ? ", dry run" : "");
    }

    /** Collects and checks the settings. */
    public static final class Builder {
        private final String name;
        private TimeSpan interval = TimeSpan.ofMinutes(1);
        private int count = 1;
        private int failureLimit;
        private int inconclusiveLimit;
        private int consecutiveErrorLimit = DEFAULT_CONSECUTIVE_ERROR_LIMIT;
        private TimeSpan initialDelay = TimeSpan.ZERO;
        private boolean dryRun;

        private Builder(final String name) {
            this.name = name;
        }

        /**
         * Sets the time between measurements (default 1m).
         *
         * @param value the interval
         * @return this
         */
        public Builder interval(final TimeSpan value) {
            this.interval = value;
            return this;
        }

        /**
         * Sets how many measurements complete the metric (default 1; 0 runs until the run is terminated).
         *
         * @param value the count
         * @return this
         */
        public Builder count(final int value) {
            this.count = atLeastZero("count", value);
            return this;
        }

        /**
         * Sets how many failed measurements are tolerated (default 0).
         *
         * @param value the limit
         * @return this
         */
        public Builder failureLimit(final int value) {
            this.failureLimit = atLeastZero("failureLimit", value);
            return this;
        }

        /**
         * Sets how many inconclusive measurements are tolerated (default 0).
         *
         * @param value the limit
         * @return this
         */
        public Builder inconclusiveLimit(final int value) {
            this.inconclusiveLimit = atLeastZero("inconclusiveLimit", value);
            return this;
        }

        /**
         * Sets how many source errors in a row are tolerated (default 4).
         *
         * @param value the limit
         * @return this
         */
        public Builder consecutiveErrorLimit(final int value) {
            this.consecutiveErrorLimit = atLeastZero("consecutiveErrorLimit", value);
            return this;
        }

        /**
         * Sets the wait before the first measurement (default 0s).
         *
         * @param value the delay
         * @return this
         */
        public Builder initialDelay(final TimeSpan value) {
            this.initialDelay = value;
            return this;
        }

        /**
         * Makes the metric a dry run: measured and reported, never deciding.
         *
         * @param value true for a dry run
         * @return this
         */
        public Builder dryRun(final boolean value) {
            this.dryRun = value;
            return this;
        }

        /**
         * Checks and builds the settings.
         *
         * @return the settings
         * @throws InvalidInputException if a repeated metric has no interval
         */
        public MetricSettings build() {
            if (count != 1 && interval.isZero()) {
                throw new InvalidInputException(
                        "interval",
                        interval.toString(),
                        "a duration greater than 0 when count is " + (count == 0 ? "0 (until terminated)" : count));
            }
            return new MetricSettings(this);
        }

        private static int atLeastZero(final String parameter, final int value) {
            if (value < 0) {
                throw new InvalidInputException(parameter, String.valueOf(value), "a whole number of at least 0");
            }
            return value;
        }
    }
}
