package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.Extension;
import io.jenkins.plugins.deploymentsop.analysis.ComparisonCheck;
import io.jenkins.plugins.deploymentsop.analysis.Direction;
import io.jenkins.plugins.deploymentsop.analysis.EffectLimits;
import io.jenkins.plugins.deploymentsop.analysis.MannWhitneyJudge;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusQuery;
import io.jenkins.plugins.deploymentsop.metrics.QueryTemplate;
import io.jenkins.plugins.deploymentsop.metrics.RangeWindow;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Locale;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code mannWhitney(name: 'latency', query: '...', direction: 'increase')}: a rank test of the canary's series
 * against the stable version's over the last {@code window} (a range query, one point per {@code step}), with a
 * Hodges-Lehmann shift and interval.
 */
public class MannWhitneyMetric extends CanaryMetricConfiguration {
    private static final long serialVersionUID = 1L;

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
    }
}
