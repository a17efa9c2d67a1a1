package io.jenkins.plugins.deploymentsop.metrics;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Clock;

/**
 * A synthetic probe used as a metric source: each measurement runs the probe once against the URL (a template, so
 * {@code http://{{color}}.shop.internal/health} probes each side) and reports one statistic. Note that two
 * statistics from two sources send two batches of requests.
 */
public final class SyntheticProbeSource implements MetricSource {
    private final QueryTemplate url;
    private final ProbePlan plan;
    private final HttpAuth auth;
    private final ProbeStatistic statistic;
    private final Clock clock;

    /**
     * Creates the source.
     *
     * @param url the URL template of the endpoint
     * @param plan the probe's plan
     * @param auth the authentication, already resolved
     * @param statistic the number reported
     * @param clock the clock that stamps the values
     */
    public SyntheticProbeSource(
            final String url,
            final ProbePlan plan,
            final HttpAuth auth,
            final ProbeStatistic statistic,
            final Clock clock) {
        this.url = QueryTemplate.url("url", url);
        if (this.url.variables().isEmpty()) {
            HttpEndpoints.parse("url", url);
        }
        this.plan = plan;
        this.auth = auth;
        this.statistic = statistic;
        this.clock = clock;
    }

    @Override
    public Measurement measure(final QueryVariables variables) throws InterruptedException {
        SyntheticProbe probe;
        try {
            probe = new SyntheticProbe(url.render(variables), plan, auth);
        } catch (InvalidInputException exception) {
            return Measurement.error(exception.getMessage());
        }
        return statistic.extract(probe.run(), clock.instant());
    }

    @Override
    public String describe() {
        return "probe " + HttpEndpoints.withoutQuery(url.text()) + " (" + statistic + ", " + plan.requests()
                + " requests)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
