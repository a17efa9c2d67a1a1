package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Clock;
import java.util.function.Function;

/**
 * What a metric configuration needs to build its check: the placeholder values of both sides, the step's default
 * source, how a source becomes a client (with resolved credentials), and the clock.
 *
 * @param canary the canary's service, environment, version and colour
 * @param stable the stable version's
 * @param defaultSource the step's {@code source}, used by metrics without their own
 * @param clients turns a source into a client
 * @param clock the clock of query times
 */
record MetricWiring(
        QueryVariables canary,
        QueryVariables stable,
        @CheckForNull PrometheusSource defaultSource,
        Function<PrometheusSource, PrometheusClient> clients,
        Clock clock) {
    /**
     * Returns the client of a metric.
     *
     * @param metric the metric
     * @return its own source's client, or the step's
     * @throws InvalidInputException if neither has a source
     */
    PrometheusClient client(final CanaryMetricConfiguration metric) {
        PrometheusSource source = metric.getSource();
        if (source == null) {
            source = defaultSource;
        }
        if (source == null) {
            throw new InvalidInputException(
                    "source",
                    "(none)",
                    "a source for metric '" + metric.getName()
                            + "': set source: prometheus(url: ...) on the step or on the metric");
        }
        return clients.apply(source);
    }
}
