package io.jenkins.plugins.deploymentsop.metrics;

/** Raised where a caller needs one number and the source had none: the message says whether it failed or was empty. */
public class MetricUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final MeasurementStatus status;

    /**
     * Creates the exception from a measurement without a value.
     *
     * @param measurement the measurement (status no data or error)
     */
    public MetricUnavailableException(final Measurement measurement) {
        super((measurement.status() == MeasurementStatus.NO_DATA ? "No data: " : "Metric unavailable: ")
                + measurement.message());
        this.status = measurement.status();
    }

    /**
     * Tells whether the source failed or answered without data.
     *
     * @return {@link MeasurementStatus#NO_DATA} or {@link MeasurementStatus#ERROR}
     */
    public MeasurementStatus getStatus() {
        return status;
    }
}
