package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.analysis.Aggregation;
import io.jenkins.plugins.deploymentsop.analysis.BaselineRatioJudge;
import io.jenkins.plugins.deploymentsop.analysis.Comparison;
import io.jenkins.plugins.deploymentsop.analysis.ComparisonCheck;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusQuery;
import io.jenkins.plugins.deploymentsop.metrics.QueryTemplate;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code baselineRatio(name: 'p95', query: '...', maxRatio: 1.2)}: the canary's value at most {@code maxRatio} times
 * the stable version's (plus {@code allowance}); the query runs once per side with its {@code {{version}}} and
 * {@code {{color}}}.
 */
public class BaselineRatioMetric extends CanaryMetricConfiguration {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final double maxRatio;
    private double allowance;

    /**
     * Creates the metric.
     *
     * @param name the metric's name
     * @param query PromQL with the side's placeholders
     * @param maxRatio the largest allowed canary / stable ratio, e.g. 1.2
     */
    @DataBoundConstructor
    public BaselineRatioMetric(final String name, final String query, final double maxRatio) {
        super(name);
        this.query = QueryTemplate.promql("query", query).text();
        this.maxRatio = judge(maxRatio, 0, false).factor(); // validates the ratio
    }

    public String getQuery() {
        return query;
    }

    public double getMaxRatio() {
        return maxRatio;
    }

    public double getAllowance() {
        return allowance;
    }

    /** @param allowance an absolute slack added to the limit, so a stable value near 0 does not fail everything */
    @DataBoundSetter
    public void setAllowance(final double allowance) {
        this.allowance = judge(maxRatio, allowance, false).allowance();
    }

    private static BaselineRatioJudge judge(final double ratio, final double allowance, final boolean critical) {
        return new BaselineRatioJudge(Comparison.AT_MOST, ratio, allowance, Aggregation.LAST, critical);
    }

    @Override
    public boolean comparesWithStable() {
        return true;
    }

    @Override
    MetricCheck createCheck(final MetricWiring wiring) {
        PrometheusQuery source =
                PrometheusQuery.instant(wiring.client(this), QueryTemplate.promql("query", query), wiring.clock());
        return new ComparisonCheck(
                getName(),
                source.bind(wiring.canary()),
                source.bind(wiring.stable()),
                judge(maxRatio, allowance, isCritical()));
    }

    /** The {@code baselineRatio} symbol. */
    @Extension
    @Symbol("baselineRatio")
    public static class DescriptorImpl extends MetricDescriptor {
        @Override
        public String getDisplayName() {
            return "Baseline ratio: the canary against the stable version";
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
         * Validates the largest allowed canary / stable ratio.
         *
         * @param value e.g. 1.2
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckMaxRatio(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item,
                    () -> judge(
                            ParameterValues.number("maxRatio", value, "a number greater than 0, e.g. 1.2"), 0, false));
        }

        /**
         * Validates the absolute slack added to the limit.
         *
         * @param value e.g. 0.005
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckAllowance(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> judge(1, ParameterValues.number("allowance", value, "a number of at least 0"), false));
        }
    }
}
