package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.QueryTemplate;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;

/** Reads PromQL instant queries, e.g. {@code prometheus:100 * sum(rate(errors[1m])) / sum(rate(requests[1m]))}. */
final class PrometheusReader implements MetricReader {
    private final PrometheusClient client;

    PrometheusReader(final PrometheusClient client) {
        this.client = client;
    }

    @Override
    public void check(final String parameter, final String what) {
        QueryTemplate.promql(parameter, what);
    }

    @Override
    public Measurement measure(final String what, final QueryVariables variables) throws InterruptedException {
        String query;
        try {
            query = QueryTemplate.promql("query", what).render(variables);
        } catch (InvalidInputException exception) {
            return Measurement.error(exception.getMessage());
        }
        return client.instant(query);
    }

    @Override
    public String describe() {
        return client.toString();
    }
}
