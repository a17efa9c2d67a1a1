package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.HttpEndpoints;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.QueryTemplate;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import java.time.Clock;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code prometheus(url: 'http://prometheus:9090', errorRate: '...')}: a Prometheus server; a rule source
 * {@code prometheus:<PromQL>} runs the instant query, whose placeholders {@code {{service}}}, {@code {{environment}}},
 * {@code {{color}}} (the live colour) and {@code {{version}}} stand inside quoted strings.
 */
public final class PrometheusSourceConfiguration extends MetricSourceConfiguration {
    private static final long serialVersionUID = 1L;

    private final String url;

    /**
     * Creates the source.
     *
     * @param url the Prometheus base URL, e.g. {@code http://prometheus:9090}
     */
    @DataBoundConstructor
    public PrometheusSourceConfiguration(final String url) {
        super("prometheus");
        HttpEndpoints.parse("url", url); // parsing only: a watch's client is made when it is wired
        this.url = url.trim();
    }

    public String getUrl() {
        return url;
    }

    @Override
    protected void checkWhat(final String parameter, final String what) {
        QueryTemplate.promql(parameter, what);
    }

    @Override
    protected MetricReader createReader(final HttpAuth auth, final Clock clock) {
        return new PrometheusReader(PrometheusClient.create(url, auth, timeoutSpan(), clock));
    }

    /** The {@code prometheus} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("prometheus")
    public static class DescriptorImpl extends SourceDescriptor {
        @Override
        public String getDisplayName() {
            return "Prometheus";
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
            return ParameterCheck.check(item, () -> HttpEndpoints.parse("url", value));
        }

        /**
         * Validates the error-rate query.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckErrorRate(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    QueryTemplate.promql("errorRate", value);
                }
            });
        }
    }
}
