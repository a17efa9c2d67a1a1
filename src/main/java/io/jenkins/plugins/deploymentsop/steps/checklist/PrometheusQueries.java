package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.InstantQueryClient;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Adapts the shared Prometheus client to the checklist's metric check: a value, {@code NaN} for "no data" (the gate
 * fails), an {@link IOException} with Prometheus' reason for an error (the item is an ERROR).
 */
final class PrometheusQueries implements InstantQueryClient {
    private final PrometheusClient client;

    PrometheusQueries(final PrometheusClient client) {
        this.client = client;
    }

    @Override
    public double query(final String promql) throws IOException {
        Measurement measurement;
        try {
            measurement = client.instant(promql);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while querying " + client.baseUrl() + ": " + promql);
        }
        switch (measurement.status()) {
            case OK:
                return measurement.lastValue();
            case NO_DATA:
                return Double.NaN;
            default:
                throw new IOException(measurement.message());
        }
    }
}
