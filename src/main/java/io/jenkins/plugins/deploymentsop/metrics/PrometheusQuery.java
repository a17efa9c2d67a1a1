package io.jenkins.plugins.deploymentsop.metrics;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A PromQL query template read from one Prometheus: an instant query (one value, for thresholds and ratios) or a
 * range query over the last window (a series, for statistical judges).
 */
public final class PrometheusQuery implements MetricSource {
    private final PrometheusClient client;
    private final QueryTemplate query;
    private final Optional<RangeWindow> window;
    private final Clock clock;

    private PrometheusQuery(
            final PrometheusClient client,
            final QueryTemplate query,
            final Optional<RangeWindow> window,
            final Clock clock) {
        this.client = client;
        this.query = query;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Creates an instant query.
     *
     * @param client the Prometheus client
     * @param query the PromQL template
     * @param clock the clock giving the evaluation time
     * @return the source
     */
    public static PrometheusQuery instant(final PrometheusClient client, final QueryTemplate query, final Clock clock) {
        return new PrometheusQuery(client, query, Optional.empty(), clock);
    }

    /**
     * Creates a range query over the window that ends at the time of measuring.
     *
     * @param client the Prometheus client
     * @param query the PromQL template
     * @param window the window length and step
     * @param clock the clock giving the end of the range
     * @return the source
     */
    public static PrometheusQuery range(
            final PrometheusClient client, final QueryTemplate query, final RangeWindow window, final Clock clock) {
        return new PrometheusQuery(client, query, Optional.of(window), clock);
    }

    @Override
    public Measurement measure(final QueryVariables variables) throws InterruptedException {
        String promql;
        try {
            promql = query.render(variables);
        } catch (InvalidInputException exception) {
            return Measurement.error(exception.getMessage());
        }
        Instant now = clock.instant();
        if (window.isEmpty()) {
            return client.instant(promql, now);
        }
        RangeWindow range = window.get();
        return client.range(promql, now.minus(range.length().toDuration()), now, range.step());
    }

    @Override
    public String describe() {
        return "Prometheus " + client.baseUrl() + ": " + query
                + window.map(range -> " over " + range.length() + " every " + range.step())
                        .orElse("");
    }

    @Override
    public String toString() {
        return describe();
    }
}
