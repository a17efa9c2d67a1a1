package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.analysis.ComparisonCheck;
import io.jenkins.plugins.deploymentsop.analysis.Direction;
import io.jenkins.plugins.deploymentsop.analysis.EffectLimits;
import io.jenkins.plugins.deploymentsop.analysis.MannWhitneyJudge;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusQuery;
import io.jenkins.plugins.deploymentsop.metrics.QueryTemplate;
import io.jenkins.plugins.deploymentsop.metrics.RangeWindow;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Locale;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code mannWhitney(name: 'latency', query: '...', direction: 'increase')}: a rank test of the canary's series
 * against the stable version's over the last {@code window} (a range query, one point per {@code step}), with a
 * Hodges-Lehmann shift and interval.
 */
public class MannWhitneyMetric extends CanaryMetricConfiguration {
    private static final long serialVersionUID = 1L;

    private static final String CONFIDENCE = "a level from 0.5 to below 1, e.g. 0.95 or 0.98";

    private final String query;
    private String window = "5m";
    private String step = "15s";
    private String direction = "increase";
    private double confidence = 0.95;

    /**
     * Creates the metric.
     *
     * @param name the metric's name
     * @param query PromQL with the side's placeholders
     */
    @DataBoundConstructor
    public MannWhitneyMetric(final String name, final String query) {
        super(name);
        this.query = QueryTemplate.promql("query", query).text();
    }

    public String getQuery() {
        return query;
    }

    public String getWindow() {
        return window;
    }

    /** @param window how far back each measurement's range reaches, e.g. {@code 5m}; at least the {@code step} */
    @DataBoundSetter
    public void setWindow(final String window) {
        // alone: Pipeline may set window and step in any order; the two together are checked when the step starts
        this.window = ParameterValues.positiveDuration("window", window, "a positive duration such as 5m");
    }

    public String getStep() {
        return step;
    }

    /** @param step the distance between the points of the range, e.g. {@code 15s}; at most the {@code window} */
    @DataBoundSetter
    public void setStep(final String step) {
        this.step = ParameterValues.positiveDuration("step", step, "a positive duration such as 15s");
    }

    public String getDirection() {
        return direction;
    }

    /** @param direction which change is bad: {@code increase} (latency), {@code decrease} or {@code either} */
    @DataBoundSetter
    public void setDirection(final String direction) {
        parseDirection(direction);
        this.direction = direction.trim().toLowerCase(Locale.ROOT);
    }

    public double getConfidence() {
        return confidence;
    }

    /** @param confidence the confidence level, e.g. 0.95 */
    @DataBoundSetter
    public void setConfidence(final double confidence) {
        judge(parseDirection(direction), confidence, false);
        this.confidence = confidence;
    }

    // the step alone, and against the window if the window itself is valid (its own field reports it otherwise)
    private static void checkStep(final String step, final String window) {
        String valid = ParameterValues.positiveDuration("step", step, "a positive duration such as 15s");
        boolean windowValid;
        try {
            windowValid = !TimeSpan.valueOf("window", window).isZero();
        } catch (InvalidInputException exception) {
            windowValid = false;
        }
        if (windowValid) {
            rangeWindow(window, valid);
        }
    }

    private static RangeWindow rangeWindow(final String window, final String step) {
        return new RangeWindow(TimeSpan.valueOf("window", window), TimeSpan.valueOf("step", step));
    }

    private static Direction parseDirection(final String text) {
        try {
            return Direction.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException exception) {
            throw new InvalidInputException("direction", text, "'increase', 'decrease' or 'either'");
        }
    }

    private static MannWhitneyJudge judge(final Direction direction, final double confidence, final boolean critical) {
        return MannWhitneyJudge.of(
                direction, confidence, EffectLimits.NONE, critical, MannWhitneyJudge.DEFAULT_MINIMUM_SAMPLES);
    }

    @Override
    public boolean comparesWithStable() {
        return true;
    }

    @Override
    MetricCheck createCheck(final MetricWiring wiring) {
        PrometheusQuery source = PrometheusQuery.range(
                wiring.client(this), QueryTemplate.promql("query", query), rangeWindow(window, step), wiring.clock());
        return new ComparisonCheck(
                getName(),
                source.bind(wiring.canary()),
                source.bind(wiring.stable()),
                judge(parseDirection(direction), confidence, isCritical()));
    }

    /** The {@code mannWhitney} symbol. */
    @Extension
    @Symbol("mannWhitney")
    public static class DescriptorImpl extends MetricDescriptor {
        @Override
        public String getDisplayName() {
            return "Mann-Whitney: a rank test of the canary's series against the stable version's";
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
         * Validates the window.
         *
         * @param value e.g. 5m
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckWindow(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.positiveDuration("window", value, "a positive duration such as 5m"));
        }

        /**
         * Validates the step, which must fit into the window.
         *
         * @param value e.g. 15s
         * @param window the window of the form, e.g. 5m
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckStep(
                @QueryParameter final String value,
                @QueryParameter final String window,
                @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> checkStep(value, window));
        }

        /**
         * Validates the direction.
         *
         * @param value increase, decrease or either
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckDirection(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> parseDirection(value));
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
                    () -> judge(Direction.INCREASE, ParameterValues.number("confidence", value, CONFIDENCE), false));
        }
    }
}
