package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.JsonHttpSource;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Clock;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code jsonMetric(id: 'shop', url: 'http://shop/stats')}: any HTTP endpoint that answers JSON; a rule source
 * {@code shop:/data/ordersPerMinute} reads the number at that JSON pointer. The URL may use the placeholders
 * {@code {{service}}}, {@code {{environment}}}, {@code {{color}}} and {@code {{version}}}.
 */
public final class JsonMetricSourceConfiguration extends MetricSourceConfiguration {
    private static final long serialVersionUID = 1L;

    private final String url;

    /**
     * Creates the source.
     *
     * @param url the URL (template) answering JSON
     */
    @DataBoundConstructor
    public JsonMetricSourceConfiguration(final String url) {
        super("json");
        check(url);
        this.url = url.trim();
    }

    private static void check(final String url) {
        JsonHttpSource.create(url, "/value", HttpAuth.none(), TimeSpan.ofSeconds(1), Clock.systemUTC());
    }

    public String getUrl() {
        return url;
    }

    @Override
    protected void checkWhat(final String parameter, final String what) {
        try {
            JsonHttpSource.create(url, what, HttpAuth.none(), TimeSpan.ofSeconds(1), Clock.systemUTC());
        } catch (InvalidInputException exception) {
            throw new InvalidInputException(parameter, what, exception.getAllowed());
        }
    }

    @Override
    protected MetricReader createReader(final HttpAuth auth, final Clock clock) {
        return new JsonMetricReader(url, auth, timeoutSpan(), clock);
    }

    /** The {@code jsonMetric} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("jsonMetric")
    public static class DescriptorImpl extends SourceDescriptor {
        @Override
        public String getDisplayName() {
            return "HTTP endpoint answering JSON";
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
