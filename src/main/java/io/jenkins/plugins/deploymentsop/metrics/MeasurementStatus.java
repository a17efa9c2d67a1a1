package io.jenkins.plugins.deploymentsop.metrics;

/** Whether a measurement has data. Only {@link #OK} carries values; the others carry a reason. */
public enum MeasurementStatus {
    /** At least one value. */
    OK,
    /** The source answered, but without a value: an empty result, NaN, a null in JSON. Never zero. */
    NO_DATA,
    /** The source could not answer: unreachable, timed out, bad query, HTTP error, unreadable response. */
    ERROR
}
