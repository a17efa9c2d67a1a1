package io.jenkins.plugins.deploymentsop.metrics;

/**
 * A source together with the variables of one side, e.g. the error-rate query for the canary's version.
 *
 * @param source the source
 * @param variables the values for its placeholders
 */
public record BoundSource(MetricSource source, QueryVariables variables) {
    /**
     * Takes one measurement.
     *
     * @return the measurement
     * @throws InterruptedException if interrupted while waiting for the server
     */
    public Measurement measure() throws InterruptedException {
        return source.measure(variables);
    }

    /**
     * Describes the source and the side, e.g. {@code Prometheus http://...: up (version=v2)}.
     *
     * @return the description
     */
    public String describe() {
        return source.describe() + " (" + variables + ")";
    }
}
