package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.ProbePlan;
import io.jenkins.plugins.deploymentsop.metrics.ProbeStatistic;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.metrics.Sample;
import io.jenkins.plugins.deploymentsop.metrics.SyntheticProbeSource;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Measures an endpoint by calling it (for teams without monitoring) and reports one statistic per reading:
 * {@code error-rate} in percent (0 to 100, the unit of the SOP's error-rate rules), {@code latency-p50},
 * {@code latency-p95}, {@code latency-p99} in seconds.
 */
final class ProbeMetricReader implements MetricReader {
    static final String ALLOWED = "error-rate (in %), latency-p50, latency-p95 or latency-p99 (in seconds)";

    private final String url;
    private final ProbePlan plan;
    private final HttpAuth auth;
    private final Clock clock;

    ProbeMetricReader(final String url, final ProbePlan plan, final HttpAuth auth, final Clock clock) {
        new SyntheticProbeSource(url, plan, auth, ProbeStatistic.ERROR_RATE, clock); // checks the URL now
        this.url = url;
        this.plan = plan;
        this.auth = auth;
        this.clock = clock;
    }

    static ProbeStatistic statistic(final String parameter, final String what) {
        switch (what.trim().toLowerCase(Locale.ROOT)) {
            case "error-rate":
                return ProbeStatistic.ERROR_RATE;
            case "latency-p50":
                return ProbeStatistic.LATENCY_P50;
            case "latency-p95":
                return ProbeStatistic.LATENCY_P95;
            case "latency-p99":
                return ProbeStatistic.LATENCY_P99;
            default:
                throw new InvalidInputException(parameter, what, ALLOWED);
        }
    }

    @Override
    public void check(final String parameter, final String what) {
        statistic(parameter, what);
    }

    @Override
    public Measurement measure(final String what, final QueryVariables variables) throws InterruptedException {
        ProbeStatistic statistic = statistic("statistic", what);
        Measurement measurement = new SyntheticProbeSource(url, plan, auth, statistic, clock).measure(variables);
        if (statistic != ProbeStatistic.ERROR_RATE || !measurement.isOk()) {
            return measurement;
        }
        List<Sample> percent = measurement.samples().stream()
                .map(sample -> new Sample(sample.time(), sample.value() * 100))
                .collect(Collectors.toList());
        return Measurement.of(percent);
    }

    @Override
    public String describe() {
        return "probe " + url.split("[?#]", 2)[0] + " (" + plan.requests() + " requests, auth: " + auth + ")";
    }
}
