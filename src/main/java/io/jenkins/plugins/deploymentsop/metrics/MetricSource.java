package io.jenkins.plugins.deploymentsop.metrics;

/**
 * A place to read a metric from. Implementations answer failures of the server, and a placeholder without a value,
 * with an {@link Measurement#error(String) error measurement} rather than an exception, so that an analysis can count
 * errors.
 */
public interface MetricSource {
    /**
     * Takes one measurement.
     *
     * @param variables the values for the query's placeholders (service, version, color, environment)
     * @return the measurement: values, no data or an error
     * @throws InterruptedException if the thread was interrupted while waiting for the server
     */
    Measurement measure(QueryVariables variables) throws InterruptedException;

    /**
     * Describes the source for logs and reports: server and query, never credentials.
     *
     * @return the description
     */
    String describe();

    /**
     * Binds this source to the variables of one side of a comparison (the canary or the stable version).
     *
     * @param variables the values for the placeholders
     * @return the bound source
     */
    default BoundSource bind(final QueryVariables variables) {
        return new BoundSource(this, variables);
    }
}
