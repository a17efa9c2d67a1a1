package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Clock;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code prometheus(url: 'http://prometheus:9090', credentialsId: 'prom')}: where the metrics of a canary are read.
 * The credentials (username with password for basic auth, or secret text for a bearer token) are resolved when the
 * step starts and after a restart; only their ID is kept.
 */
public class PrometheusSource extends AbstractDescribableImpl<PrometheusSource> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String url;
    private String credentialsId = "";
    private String timeout = "10s";

    /**
     * Creates the source.
     *
     * @param url the Prometheus base URL, e.g. {@code http://prometheus:9090}
     */
    @DataBoundConstructor
    public PrometheusSource(final String url) {
        this.url = url.trim();
        PrometheusClient.create(this.url, HttpAuth.none(), TimeSpan.ofSeconds(10)); // validates the URL
    }

    public String getUrl() {
        return url;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** @param credentialsId a 'Username with password' or 'Secret text' credential; empty: no authentication */
    @DataBoundSetter
    public void setCredentialsId(final String credentialsId) {
        this.credentialsId = credentialsId.trim();
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long one query may take, e.g. {@code 10s} */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        if (TimeSpan.valueOf("timeout", timeout).isZero()) {
            throw new InvalidInputException("timeout", timeout, "a positive duration, e.g. 10s");
        }
        this.timeout = timeout.trim();
    }

    /**
     * Creates the client.
     *
     * @param auth the resolved credentials
     * @param clock the clock of query times
     * @return the client
     */
    PrometheusClient createClient(final HttpAuth auth, final Clock clock) {
        return PrometheusClient.create(url, auth, TimeSpan.valueOf("timeout", timeout), clock);
    }

    /** The {@code prometheus} symbol. */
    @Extension
    @Symbol("prometheus")
    public static class DescriptorImpl extends Descriptor<PrometheusSource> {
        @Override
        public String getDisplayName() {
            return "Prometheus";
        }

        /**
         * Validates the URL.
         *
         * @param value e.g. http://prometheus:9090
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckUrl(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> new PrometheusSource(value));
        }

        /**
         * Lists the credentials the source may use.
         *
         * @param item the job, if any
         * @param credentialsId the current value
         * @return the choices
         */
        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath final Item item, @QueryParameter final String credentialsId) {
            return SourceCredentials.choices(item, credentialsId);
        }

        /**
         * Validates the timeout of a query.
         *
         * @param value e.g. 10s
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckTimeout(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.positiveDuration("timeout", value, "a positive duration, e.g. 10s"));
        }
    }
}
