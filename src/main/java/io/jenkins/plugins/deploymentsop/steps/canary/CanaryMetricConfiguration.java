package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.analysis.MetricSettings;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import java.io.Serializable;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One metric of {@code analysis: [...]}: a nested Describable per judge ({@code threshold}, {@code baselineRatio},
 * {@code mannWhitney}, {@code errorCount}) that keeps only what the user wrote and builds the engine's check.
 */
public abstract class CanaryMetricConfiguration extends AbstractDescribableImpl<CanaryMetricConfiguration>
        implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;

    @CheckForNull
    private PrometheusSource source;

    private boolean dryRun;
    private boolean critical;

    /**
     * Creates the metric.
     *
     * @param name letters, digits, '.', '_' and '-', e.g. {@code error-rate}
     */
    protected CanaryMetricConfiguration(final String name) {
        this.name = name.trim();
        MetricSettings.builder(this.name); // validates the name
    }

    public String getName() {
        return name;
    }

    @CheckForNull
    public PrometheusSource getSource() {
        return source;
    }

    /** @param source this metric's source; none: the step's {@code source} */
    @DataBoundSetter
    public void setSource(@CheckForNull final PrometheusSource source) {
        this.source = source;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** @param dryRun measure and report, but never decide */
    @DataBoundSetter
    public void setDryRun(final boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isCritical() {
        return critical;
    }

    /** @param critical a failure of this metric fails the step whatever the other metrics say */
    @DataBoundSetter
    public void setCritical(final boolean critical) {
        this.critical = critical;
    }

    /**
     * Tells whether the metric compares the canary with the stable version (then it is skipped at 100%).
     *
     * @return true for comparisons
     */
    public abstract boolean comparesWithStable();

    /**
     * Builds the check.
     *
     * @param wiring the sides, sources and clock
     * @return the check
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException naming a bad value
     */
    abstract MetricCheck createCheck(MetricWiring wiring);

    /** The descriptor type of all metrics. */
    public abstract static class MetricDescriptor extends Descriptor<CanaryMetricConfiguration> {
        /**
         * Validates the metric's name.
         *
         * @param value e.g. {@code error-rate}
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckName(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> MetricSettings.builder(value.trim()));
        }
    }
}
