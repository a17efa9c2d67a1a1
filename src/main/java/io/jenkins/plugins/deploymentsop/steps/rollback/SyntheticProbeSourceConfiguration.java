package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.ProbePlan;
import io.jenkins.plugins.deploymentsop.metrics.ProbeStatistic;
import io.jenkins.plugins.deploymentsop.metrics.SyntheticProbeSource;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Clock;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code syntheticProbe(url: 'https://shop.example/', errorRate: 'error-rate')}: measures an endpoint by calling it,
 * for teams without monitoring. A rule source {@code probe:error-rate} (percent), {@code probe:latency-p95} (seconds)
 * sends {@code requests} requests per reading, {@code concurrency} at a time, each within {@code timeout}.
 *
 * <p>The requests go out from the Jenkins controller, every sampling interval, to a URL the Jenkinsfile chooses: the
 * volume per reading is capped well below the engine's own bound ({@link ProbePlan#MAX_REQUESTS}), so a probe cannot
 * turn the controller into a load generator against its own network.
 */
public final class SyntheticProbeSourceConfiguration extends MetricSourceConfiguration {
    private static final long serialVersionUID = 1L;

    /** Most requests per reading. */
    static final int MAX_REQUESTS = 1_000;

    /** Most requests in flight at once. */
    static final int MAX_CONCURRENCY = 16;

    private static final String WHY = ": the probe runs on the Jenkins controller, every sampling interval";

    private final String url;
    private int requests = 20;
    private int concurrency = 5;

    /**
     * Creates the source.
     *
     * @param url the URL (template) to call, e.g. {@code https://shop.example/} or {@code http://{{color}}.shop/}
     */
    @DataBoundConstructor
    public SyntheticProbeSourceConfiguration(final String url) {
        super("probe");
        check(url);
        this.url = url.trim();
    }

    private static void check(final String url) {
        new SyntheticProbeSource(
                url,
                ProbePlan.of(1, 1, TimeSpan.ofSeconds(1)),
                HttpAuth.none(),
                ProbeStatistic.ERROR_RATE,
                Clock.systemUTC());
    }

    public String getUrl() {
        return url;
    }

    public int getRequests() {
        return requests;
    }

    /** @param requests requests per reading, 1 to {@value #MAX_REQUESTS} */
    @DataBoundSetter
    public void setRequests(final int requests) {
        this.requests = bounded("requests", String.valueOf(requests), MAX_REQUESTS);
    }

    public int getConcurrency() {
        return concurrency;
    }

    /** @param concurrency requests in flight at once, 1 to {@value #MAX_CONCURRENCY}; never more than the requests */
    @DataBoundSetter
    public void setConcurrency(final int concurrency) {
        this.concurrency = bounded("concurrency", String.valueOf(concurrency), MAX_CONCURRENCY);
    }

    /**
     * Checks a count of the probe's volume.
     *
     * @param parameter {@code requests} or {@code concurrency}
     * @param text the value
     * @param max the largest allowed
     * @return the value
     * @throws InvalidInputException naming the parameter, the value, the range and why it is capped
     */
    static int bounded(final String parameter, final String text, final int max) {
        String trimmed = text.trim();
        int value = trimmed.matches("\\d{1,9}") ? Integer.parseInt(trimmed) : 0;
        if (value < 1 || value > max) {
            throw new InvalidInputException(parameter, text, "a number from 1 to " + max + WHY);
        }
        return value;
    }

    @Override
    protected void checkWhat(final String parameter, final String what) {
        ProbeMetricReader.statistic(parameter, what);
    }

    @Override
    protected MetricReader createReader(final HttpAuth auth, final Clock clock) {
        return new ProbeMetricReader(
                url, ProbePlan.of(requests, Math.min(concurrency, requests), timeoutSpan()), auth, clock);
    }

    /** The {@code syntheticProbe} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("syntheticProbe")
    public static class DescriptorImpl extends SourceDescriptor {
        @Override
        public String getDisplayName() {
            return "Synthetic probe (calls an endpoint)";
        }

        /**
         * Validates the URL.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckUrl(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> check(value));
        }

        /**
         * Validates the requests per reading.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckRequests(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> bounded("requests", value, MAX_REQUESTS));
        }

        /**
         * Validates the requests at once.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckConcurrency(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> bounded("concurrency", value, MAX_CONCURRENCY));
        }
    }
}
