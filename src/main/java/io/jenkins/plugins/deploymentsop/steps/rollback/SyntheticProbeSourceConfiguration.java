package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.ProbePlan;
import io.jenkins.plugins.deploymentsop.metrics.ProbeStatistic;
import io.jenkins.plugins.deploymentsop.metrics.SyntheticProbeSource;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
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
 */
public final class SyntheticProbeSourceConfiguration extends MetricSourceConfiguration {
    private static final long serialVersionUID = 1L;

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

    /** @param requests requests per reading, 1 to 10000 */
    @DataBoundSetter
    public void setRequests(final int requests) {
        ProbePlan.of(requests, 1, TimeSpan.ofSeconds(1));
        this.requests = requests;
    }

    public int getConcurrency() {
        return concurrency;
    }

    /** @param concurrency requests in flight at once, 1 to 64 and at most the requests */
    @DataBoundSetter
    public void setConcurrency(final int concurrency) {
        ProbePlan.of(ProbePlan.MAX_REQUESTS, concurrency, TimeSpan.ofSeconds(1));
        this.concurrency = concurrency;
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
    }
}
