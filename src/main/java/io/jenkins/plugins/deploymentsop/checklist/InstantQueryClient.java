package io.jenkins.plugins.deploymentsop.checklist;

import java.io.IOException;

/**
 * Runs a Prometheus instant query for metric items. The glue adapts the shared Prometheus client of the
 * {@code metrics} package to it.
 */
@FunctionalInterface
public interface InstantQueryClient {
    /**
     * Evaluates a PromQL expression at the current time.
     *
     * @param promql the expression; it must yield one series or a scalar
     * @return the value, {@code NaN} if the query returned no series
     * @throws IOException if Prometheus cannot be reached, rejects the query or returns several series
     */
    double query(String promql) throws IOException;
}
