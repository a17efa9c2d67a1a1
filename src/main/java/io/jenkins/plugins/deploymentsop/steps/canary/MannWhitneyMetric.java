package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
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
    // SOP 004 (canary stage): "latency within 10% of baseline"; a significant shift smaller than that is no failure
    private double allowedIncrease = DEFAULT_ALLOWED_INCREASE;
    private double allowedDecrease = DEFAULT_ALLOWED_DECREASE;
    // unset: never critical
    @CheckForNull
    private Double criticalIncrease;

    @CheckForNull
    private Double criticalDecrease;

    /** The default largest tolerated ratio canary / stable: 10% above the stable version. */
    public static final double DEFAULT_ALLOWED_INCREASE = 1.1;

    /** The default smallest tolerated ratio canary / stable: 10% below the stable version. */
    public static final double DEFAULT_ALLOWED_DECREASE = 0.9;

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

    public double getAllowedIncrease() {
        return allowedIncrease;
    }

    /**
     * @param allowedIncrease the largest tolerated ratio canary / stable of a significant change, at least 1, default
     *     1.1 (the SOP's "within 10% of baseline"); 1 fails on any significant increase, as Kayenta does by default
     */
    @DataBoundSetter
    public void setAllowedIncrease(final double allowedIncrease) {
        // alone: the four limits may come in any order; together they are checked when the step starts
        EffectLimits.allowing(allowedIncrease, DEFAULT_ALLOWED_DECREASE);
        this.allowedIncrease = allowedIncrease;
    }

    public double getAllowedDecrease() {
        return allowedDecrease;
    }

    /** @param allowedDecrease the smallest tolerated ratio canary / stable, above 0 and at most 1, default 0.9 */
    @DataBoundSetter
    public void setAllowedDecrease(final double allowedDecrease) {
        EffectLimits.allowing(DEFAULT_ALLOWED_INCREASE, allowedDecrease);
        this.allowedDecrease = allowedDecrease;
    }

    @CheckForNull
    public Double getCriticalIncrease() {
        return criticalIncrease;
    }

    /**
     * @param criticalIncrease the ratio from which a significant increase fails the whole step whatever the other
     *     metrics say, at least the allowed increase; unset: never
     */
    @DataBoundSetter
    public void setCriticalIncrease(@CheckForNull final Double criticalIncrease) {
        if (criticalIncrease != null) {
            new EffectLimits(1, 1, criticalIncrease, 0);
        }
        this.criticalIncrease = criticalIncrease;
    }

    @CheckForNull
    public Double getCriticalDecrease() {
        return criticalDecrease;
    }

    /**
     * @param criticalDecrease the ratio up to which a significant decrease fails the whole step, at most the allowed
     *     decrease; unset: never
     */
    @DataBoundSetter
    public void setCriticalDecrease(@CheckForNull final Double criticalDecrease) {
        if (criticalDecrease != null) {
            new EffectLimits(1, 1, Double.POSITIVE_INFINITY, criticalDecrease);
        }
        this.criticalDecrease = criticalDecrease;
    }

    /**
     * The effect limits of all four settings together.
     *
     * @return the limits
     * @throws InvalidInputException if a critical ratio lies inside the allowed one
     */
    EffectLimits effectLimits() {
        Double increase = criticalIncrease;
        Double decrease = criticalDecrease;
        return new EffectLimits(
                allowedIncrease,
                allowedDecrease,
                increase == null ? Double.POSITIVE_INFINITY : increase,
                decrease == null ? 0 : decrease);
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
        return judge(direction, confidence, EffectLimits.NONE, critical);
    }

    private static MannWhitneyJudge judge(
            final Direction direction, final double confidence, final EffectLimits limits, final boolean critical) {
        return MannWhitneyJudge.of(direction, confidence, limits, critical, MannWhitneyJudge.DEFAULT_MINIMUM_SAMPLES);
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
                judge(parseDirection(direction), confidence, effectLimits(), isCritical()));
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

        /**
         * Validates the allowed increase.
         *
         * @param value e.g. 1.1
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckAllowedIncrease(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item,
                    () -> EffectLimits.allowing(
                            ParameterValues.number("allowedIncrease", value, "a finite ratio of at least 1, e.g. 1.1"),
                            DEFAULT_ALLOWED_DECREASE));
        }

        /**
         * Validates the allowed decrease.
         *
         * @param value e.g. 0.9
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckAllowedDecrease(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item,
                    () -> EffectLimits.allowing(
                            DEFAULT_ALLOWED_INCREASE,
                            ParameterValues.number(
                                    "allowedDecrease", value, "a ratio above 0 and at most 1, e.g. 0.9")));
        }

        /**
         * Validates the critical increase against the allowed increase of the form; empty is never critical.
         *
         * @param value e.g. 2, or empty
         * @param allowedIncrease the allowed increase of the form
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckCriticalIncrease(
                @QueryParameter final String value,
                @QueryParameter final String allowedIncrease,
                @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    new EffectLimits(
                            ratioOrDefault(allowedIncrease, DEFAULT_ALLOWED_INCREASE),
                            DEFAULT_ALLOWED_DECREASE,
                            ParameterValues.number("criticalIncrease", value, "a ratio such as 2, or empty for never"),
                            0);
                }
            });
        }

        /**
         * Validates the critical decrease against the allowed decrease of the form; empty is never critical.
         *
         * @param value e.g. 0.5, or empty
         * @param allowedDecrease the allowed decrease of the form
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckCriticalDecrease(
                @QueryParameter final String value,
                @QueryParameter final String allowedDecrease,
                @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    new EffectLimits(
                            DEFAULT_ALLOWED_INCREASE,
                            ratioOrDefault(allowedDecrease, DEFAULT_ALLOWED_DECREASE),
                            Double.POSITIVE_INFINITY,
                            ParameterValues.number(
                                    "criticalDecrease", value, "a ratio such as 0.5, or empty for never"));
                }
            });
        }

        // the other field reports its own error; against an invalid one, compare with the default
        private static double ratioOrDefault(final String text, final double fallback) {
            try {
                return ParameterValues.number("ratio", text, "a ratio");
            } catch (InvalidInputException exception) {
                return fallback;
            }
        }
    }
}
