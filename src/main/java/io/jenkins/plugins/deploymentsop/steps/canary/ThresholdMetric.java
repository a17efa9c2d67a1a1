package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.analysis.Aggregation;
import io.jenkins.plugins.deploymentsop.analysis.Comparison;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.analysis.ThresholdCheck;
import io.jenkins.plugins.deploymentsop.analysis.ThresholdJudge;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusQuery;
import io.jenkins.plugins.deploymentsop.metrics.QueryTemplate;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code threshold(name: 'error-rate', query: '...', max: 0.01)}: the canary's value of an instant PromQL query must
 * stay at most {@code max} (or at least {@code min}).
 */
public class ThresholdMetric extends CanaryMetricConfiguration {
    private static final long serialVersionUID = 1L;

    private final String query;

    @CheckForNull
    private Double max;

    @CheckForNull
    private Double min;

    /**
     * Creates the metric.
     *
     * @param name the metric's name
     * @param query PromQL; placeholders such as {@code {{version}}} inside quoted strings
     */
    @DataBoundConstructor
    public ThresholdMetric(final String name, final String query) {
        super(name);
        this.query = QueryTemplate.promql("query", query).text();
    }

    public String getQuery() {
        return query;
    }

    @CheckForNull
    public Double getMax() {
        return max;
    }

    /** @param max the largest allowed value */
    @DataBoundSetter
    public void setMax(@CheckForNull final Double max) {
        this.max = finite("max", max);
    }

    @CheckForNull
    public Double getMin() {
        return min;
    }

    /** @param min the smallest allowed value */
    @DataBoundSetter
    public void setMin(@CheckForNull final Double min) {
        this.min = finite("min", min);
    }

    @CheckForNull
    private static Double finite(final String parameter, @CheckForNull final Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new InvalidInputException(parameter, String.valueOf(value), "a finite number");
        }
        return value;
    }

    private static void optionalNumber(final String parameter, final String value) {
        if (!value.isBlank()) {
            ParameterValues.number(parameter, value, "a finite number such as 0.01, or nothing");
        }
    }

    @Override
    public boolean comparesWithStable() {
        return false;
    }

    @Override
    MetricCheck createCheck(final MetricWiring wiring) {
        Double upper = max;
        Double lower = min;
        if ((upper == null) == (lower == null)) {
            throw new InvalidInputException(
                    "max", upper == null ? "(none)" : upper + " and min " + lower, "exactly one of max and min");
        }
        ThresholdJudge judge = upper != null
                ? new ThresholdJudge(Comparison.AT_MOST, upper, Aggregation.LAST, isCritical())
                : new ThresholdJudge(Comparison.AT_LEAST, lower, Aggregation.LAST, isCritical());
        PrometheusQuery source =
                PrometheusQuery.instant(wiring.client(this), QueryTemplate.promql("query", query), wiring.clock());
        return new ThresholdCheck(getName(), source.bind(wiring.canary()), judge);
    }

    /** The {@code threshold} symbol. */
    @Extension
    @Symbol("threshold")
    public static class DescriptorImpl extends MetricDescriptor {
        @Override
        public String getDisplayName() {
            return "Threshold: the canary's value within a limit";
        }

        /**
         * Validates the query.
         *
         * @param value the PromQL query
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckQuery(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> QueryTemplate.promql("query", value));
        }

        /**
         * Validates the largest allowed value.
         *
         * @param value a number, or empty for none
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckMax(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> optionalNumber("max", value));
        }

        /**
         * Validates the smallest allowed value.
         *
         * @param value a number, or empty for none
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckMin(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> optionalNumber("min", value));
        }
    }
}
