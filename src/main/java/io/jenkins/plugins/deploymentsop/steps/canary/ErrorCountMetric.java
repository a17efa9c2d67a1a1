package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.analysis.CountCheck;
import io.jenkins.plugins.deploymentsop.analysis.CountJudge;
import io.jenkins.plugins.deploymentsop.analysis.CountTestMethod;
import io.jenkins.plugins.deploymentsop.analysis.Direction;
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
 * {@code errorCount(name: 'errors', errors: '...', requests: '...')}: compares the canary's error rate with the stable
 * version's by a test made for counts (exact conditional binomial), which catches sparse errors a rank test misses.
 */
public class ErrorCountMetric extends CanaryMetricConfiguration {
    private static final long serialVersionUID = 1L;

    private final String errors;
    private final String requests;
    private double confidence = 0.95;
    private double allowedRatio = 1;
    private double allowedDifference;

    /**
     * Creates the metric.
     *
     * @param name the metric's name
     * @param errors PromQL counting errors of one side, e.g. {@code sum(increase(http_requests_total{...}[1m]))}
     * @param requests PromQL counting requests of one side
     */
    @DataBoundConstructor
    public ErrorCountMetric(final String name, final String errors, final String requests) {
        super(name);
        this.errors = QueryTemplate.promql("errors", errors).text();
        this.requests = QueryTemplate.promql("requests", requests).text();
    }

    public String getErrors() {
        return errors;
    }

    public String getRequests() {
        return requests;
    }

    public double getConfidence() {
        return confidence;
    }

    /** @param confidence the confidence level, e.g. 0.95 */
    @DataBoundSetter
    public void setConfidence(final double confidence) {
        judge(confidence, allowedRatio, allowedDifference, false);
        this.confidence = confidence;
    }

    public double getAllowedRatio() {
        return allowedRatio;
    }

    /** @param allowedRatio the tolerated canary / stable error-rate ratio, at least 1 */
    @DataBoundSetter
    public void setAllowedRatio(final double allowedRatio) {
        judge(confidence, allowedRatio, allowedDifference, false);
        this.allowedRatio = allowedRatio;
    }

    public double getAllowedDifference() {
        return allowedDifference;
    }

    /** @param allowedDifference the tolerated absolute error-rate difference, e.g. 0.001 */
    @DataBoundSetter
    public void setAllowedDifference(final double allowedDifference) {
        judge(confidence, allowedRatio, allowedDifference, false);
        this.allowedDifference = allowedDifference;
    }

    private static CountJudge judge(
            final double confidence, final double ratio, final double difference, final boolean critical) {
        return CountJudge.of(
                Direction.INCREASE, confidence, ratio, difference, CountTestMethod.CONDITIONAL_BINOMIAL, critical);
    }

    @Override
    public boolean comparesWithStable() {
        return true;
    }

    @Override
    MetricCheck createCheck(final MetricWiring wiring) {
        PrometheusQuery errorSource =
                PrometheusQuery.instant(wiring.client(this), QueryTemplate.promql("errors", errors), wiring.clock());
        PrometheusQuery requestSource = PrometheusQuery.instant(
                wiring.client(this), QueryTemplate.promql("requests", requests), wiring.clock());
        return new CountCheck(
                getName(),
                errorSource.bind(wiring.canary()),
                requestSource.bind(wiring.canary()),
                errorSource.bind(wiring.stable()),
                requestSource.bind(wiring.stable()),
                judge(confidence, allowedRatio, allowedDifference, isCritical()));
    }

    /** The {@code errorCount} symbol. */
    @Extension
    @Symbol("errorCount")
    public static class DescriptorImpl extends MetricDescriptor {
        @Override
        public String getDisplayName() {
            return "Error count: the canary's error rate against the stable version's";
        }

        /**
         * Validates the query counting errors.
         *
         * @param value the PromQL query
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckErrors(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> QueryTemplate.promql("errors", value));
        }

        /**
         * Validates the query counting requests.
         *
         * @param value the PromQL query
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckRequests(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> QueryTemplate.promql("requests", value));
        }

        /**
         * Validates the confidence level.
         *
         * @param value e.g. 0.95
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckConfidence(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item,
                    () -> judge(ParameterValues.number("confidence", value, "a level such as 0.95"), 1, 0, false));
        }

        /**
         * Validates the tolerated canary / stable error-rate ratio.
         *
         * @param value e.g. 1.5
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckAllowedRatio(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item,
                    () -> judge(
                            0.95, ParameterValues.number("allowedRatio", value, "a number of at least 1"), 0, false));
        }

        /**
         * Validates the tolerated absolute error-rate difference.
         *
         * @param value e.g. 0.001
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckAllowedDifference(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item,
                    () -> judge(
                            0.95,
                            1,
                            ParameterValues.number("allowedDifference", value, "a number of at least 0"),
                            false));
        }
    }
}
