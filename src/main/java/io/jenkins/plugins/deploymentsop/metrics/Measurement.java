package io.jenkins.plugins.deploymentsop.metrics;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link MetricSource} answered: values with their timestamps, or an explicit "no data" or error with a
 * reason. An empty result is never turned into 0, and an error is never turned into a value.
 */
public final class Measurement implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MeasurementStatus status;
    private final ArrayList<Sample> samples;
    private final String message;

    private Measurement(final MeasurementStatus status, final List<Sample> samples, final String message) {
        this.status = status;
        this.samples = new ArrayList<>(samples);
        this.message = message;
    }

    /**
     * Creates a measurement with values.
     *
     * @param samples at least one sample
     * @return the measurement
     */
    public static Measurement of(final List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("A measurement with data needs at least one sample; use noData()");
        }
        return new Measurement(
                MeasurementStatus.OK, samples, samples.size() == 1 ? "1 sample" : samples.size() + " samples");
    }

    /**
     * Creates a measurement with a single value.
     *
     * @param time when the value was observed
     * @param value the value, not NaN
     * @return the measurement
     */
    public static Measurement of(final Instant time, final double value) {
        return of(List.of(new Sample(time, value)));
    }

    /**
     * Creates a measurement for a source that answered without a value.
     *
     * @param reason why there is no value, e.g. "the query returned no series"
     * @return the measurement
     */
    public static Measurement noData(final String reason) {
        return new Measurement(MeasurementStatus.NO_DATA, List.of(), reason);
    }

    /**
     * Creates a measurement for a source that could not answer.
     *
     * @param reason what went wrong, naming the server or query (never credentials)
     * @return the measurement
     */
    public static Measurement error(final String reason) {
        return new Measurement(MeasurementStatus.ERROR, List.of(), reason);
    }

    public MeasurementStatus status() {
        return status;
    }

    public boolean isOk() {
        return status == MeasurementStatus.OK;
    }

    public List<Sample> samples() {
        return Collections.unmodifiableList(samples);
    }

    /**
     * Returns the values in time order.
     *
     * @return the values, empty unless the status is {@link MeasurementStatus#OK}
     */
    public double[] values() {
        return samples.stream().mapToDouble(Sample::value).toArray();
    }

    /**
     * Returns the latest value: the value of an instant query, the end of a range.
     *
     * @return the last value
     * @throws IllegalStateException if the measurement has no data
     */
    public double lastValue() {
        if (!isOk()) {
            throw new IllegalStateException("No value: " + status + " (" + message + ")");
        }
        return samples.get(samples.size() - 1).value();
    }

    /**
     * Returns a short text: the sample count for data, the reason for no data or an error.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return status == MeasurementStatus.OK ? message : status + ": " + message;
    }
}
