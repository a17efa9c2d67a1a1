package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.steps.CredentialChoices;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One entry of {@code metrics:}: a place signals are read from, with an {@code id} (the scheme of the rule sources
 * that read from it, e.g. {@code prometheus:<query>}) and optional bindings of the SOP's named signals
 * ({@code errorRate}, {@code latencyP95}, {@code businessMetric}: what {@code sop:error-rate} etc. read from it).
 * Queries run from the controller.
 */
public abstract class MetricSourceConfiguration extends AbstractDescribableImpl<MetricSourceConfiguration>
        implements Serializable {
    private static final long serialVersionUID = 1L;

    private String id;
    private String credentialsId = "";
    private String timeout = "10s";
    private String errorRate = "";
    private String latencyP95 = "";
    private String businessMetric = "";

    /**
     * Creates a source.
     *
     * @param defaultId the id when none is given, e.g. {@code prometheus}
     */
    protected MetricSourceConfiguration(final String defaultId) {
        this.id = defaultId;
    }

    public String getId() {
        return id;
    }

    /** @param id the scheme of the rule sources read from here, e.g. {@code thanos} for {@code thanos:<query>} */
    @DataBoundSetter
    public void setId(final String id) {
        this.id = SourceIds.check("id", id);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** @param credentialsId a "Username with password" (basic) or "Secret text" (bearer) credential; empty: none */
    @DataBoundSetter
    public void setCredentialsId(final String credentialsId) {
        this.credentialsId = credentialsId.trim();
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long one reading may take, e.g. {@code 10s} */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        this.timeout = StepValues.positiveDuration("timeout", timeout);
    }

    public String getErrorRate() {
        return errorRate;
    }

    /** @param errorRate what {@code sop:error-rate} reads here, in percent (0 to 100) */
    @DataBoundSetter
    public void setErrorRate(final String errorRate) {
        this.errorRate = bindingChecked(errorRate);
    }

    public String getLatencyP95() {
        return latencyP95;
    }

    /** @param latencyP95 what {@code sop:latency-p95} reads here, in seconds */
    @DataBoundSetter
    public void setLatencyP95(final String latencyP95) {
        this.latencyP95 = bindingChecked(latencyP95);
    }

    public String getBusinessMetric() {
        return businessMetric;
    }

    /** @param businessMetric what {@code sop:business-metric} reads here, e.g. orders per minute */
    @DataBoundSetter
    public void setBusinessMetric(final String businessMetric) {
        this.businessMetric = bindingChecked(businessMetric);
    }

    private String bindingChecked(final String what) {
        if (!what.isBlank()) {
            checkWhat("what", what);
        }
        return what.trim();
    }

    TimeSpan timeoutSpan() {
        return TimeSpan.valueOf("timeout", timeout);
    }

    /**
     * Checks what a signal reads from this kind of source, without a server.
     *
     * @param parameter names the value in messages
     * @param what a query, pointer or statistic
     * @throws InvalidInputException if it cannot be read from this kind of source
     */
    protected abstract void checkWhat(String parameter, String what);

    /**
     * Creates the engine-side reader.
     *
     * @param auth the resolved authentication
     * @param clock the clock
     * @return the reader
     */
    protected abstract MetricReader createReader(HttpAuth auth, Clock clock);

    /**
     * Adds this source and its bindings to a catalog.
     *
     * @param catalog the catalog
     * @param secrets resolves the credentials ID
     * @param clock the clock
     * @throws InvalidInputException naming the parameter of a bad value
     */
    public void addTo(final SignalCatalog.Builder catalog, final SecretLookup secrets, final Clock clock) {
        HttpAuth auth = credentialsId.isEmpty() ? HttpAuth.none() : secrets.httpAuth(credentialsId);
        catalog.source(id, createReader(auth, clock));
        Map<String, String> bindings = new LinkedHashMap<>();
        bindings.put("error-rate", errorRate);
        bindings.put("latency-p95", latencyP95);
        bindings.put("business-metric", businessMetric);
        bindings.forEach((signal, what) -> {
            if (!what.isEmpty()) {
                catalog.bind(signal, id, what);
            }
        });
    }

    /** The descriptor type of all metric sources, with the credentials list of the Snippet Generator. */
    public abstract static class SourceDescriptor extends Descriptor<MetricSourceConfiguration> {
        /**
         * Lists the credentials a metric source may send.
         *
         * @param item the job, if any
         * @param credentialsId the current value
         * @return the choices
         */
        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath @CheckForNull final Item item, @QueryParameter final String credentialsId) {
            return CredentialChoices.of(item, credentialsId);
        }
    }
}
