package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.MeasurementStatus;
import java.util.List;
import java.util.Optional;

/** Turns a measurement without data into the verdict every judge gives for it: error stays error, no data is inconclusive. */
final class Availability {
    private Availability() {}

    /**
     * Checks a measurement.
     *
     * @param metric the metric's name
     * @param side which side it is, e.g. "canary", for the reason
     * @param measurement the measurement
     * @return the verdict if the measurement cannot be judged, empty if it has data
     */
    static Optional<MetricVerdict> check(final String metric, final String side, final Measurement measurement) {
        if (measurement.status() == MeasurementStatus.ERROR) {
            return Optional.of(MetricVerdict.error(metric, side + ": " + measurement.message()));
        }
        if (measurement.status() == MeasurementStatus.NO_DATA) {
            return Optional.of(
                    MetricVerdict.inconclusive(metric, List.of(), side + " has no data: " + measurement.message()));
        }
        return Optional.empty();
    }
}
