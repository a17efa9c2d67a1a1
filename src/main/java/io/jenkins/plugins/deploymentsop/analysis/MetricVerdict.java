package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A judge's decision on one metric, with the numbers behind it and a reason in words. A scorecard verdict also keeps
 * the verdicts of its metrics as children.
 */
public final class MetricVerdict implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String metric;
    private final Outcome outcome;
    private final boolean critical;
    private final ArrayList<Figure> figures;
    private final String reason;
    private final ArrayList<MetricVerdict> children;

    private MetricVerdict(
            final String metric,
            final Outcome outcome,
            final boolean critical,
            final List<Figure> figures,
            final String reason,
            final List<MetricVerdict> children) {
        this.metric = metric;
        this.outcome = outcome;
        this.critical = critical;
        this.figures = new ArrayList<>(figures);
        this.reason = reason;
        this.children = new ArrayList<>(children);
    }

    /**
     * Creates a verdict.
     *
     * @param metric the metric's name
     * @param outcome the decision
     * @param figures the numbers behind it
     * @param reason the reason in words, with numbers
     * @return the verdict
     */
    public static MetricVerdict of(
            final String metric, final Outcome outcome, final List<Figure> figures, final String reason) {
        return new MetricVerdict(metric, outcome, false, figures, reason, List.of());
    }

    /**
     * Creates a failing verdict that fails the whole canary regardless of the score (Kayenta's critical metric).
     *
     * @param metric the metric's name
     * @param figures the numbers
     * @param reason the reason
     * @return the verdict
     */
    public static MetricVerdict criticalFailure(final String metric, final List<Figure> figures, final String reason) {
        return new MetricVerdict(metric, Outcome.FAIL, true, figures, reason, List.of());
    }

    /**
     * Creates an error verdict: the source failed.
     *
     * @param metric the metric's name
     * @param reason what failed
     * @return the verdict
     */
    public static MetricVerdict error(final String metric, final String reason) {
        return of(metric, Outcome.ERROR, List.of(), reason);
    }

    /**
     * Creates an inconclusive verdict: no data or too little.
     *
     * @param metric the metric's name
     * @param figures the numbers known so far
     * @param reason why no decision was possible
     * @return the verdict
     */
    public static MetricVerdict inconclusive(final String metric, final List<Figure> figures, final String reason) {
        return of(metric, Outcome.INCONCLUSIVE, figures, reason);
    }

    /**
     * Returns a copy marked as the verdict of a critical metric: failing, it fails the canary regardless of the score;
     * erroring, it makes the scorecard an error.
     *
     * @return the copy
     */
    public MetricVerdict asCritical() {
        return new MetricVerdict(metric, outcome, true, figures, reason, children);
    }

    /**
     * Returns a copy holding the verdicts this one was combined from.
     *
     * @param parts the verdicts of the parts
     * @return the copy
     */
    public MetricVerdict withChildren(final List<MetricVerdict> parts) {
        return new MetricVerdict(metric, outcome, critical, figures, reason, parts);
    }

    public String metric() {
        return metric;
    }

    public Outcome outcome() {
        return outcome;
    }

    /**
     * Tells whether the metric is critical (configured so, or failing by a critical effect size).
     *
     * @return true for a critical metric
     */
    public boolean isCritical() {
        return critical;
    }

    /**
     * Tells whether this is a failure that fails the canary regardless of the score.
     *
     * @return true for a critical failure
     */
    public boolean isCriticalFailure() {
        return critical && outcome == Outcome.FAIL;
    }

    public List<Figure> figures() {
        return Collections.unmodifiableList(figures);
    }

    /**
     * Looks up a number by name.
     *
     * @param name the figure's name
     * @return its value, if present
     */
    public Optional<Double> figure(final String name) {
        return figures.stream()
                .filter(figure -> figure.name().equals(name))
                .map(Figure::value)
                .findFirst();
    }

    public String reason() {
        return reason;
    }

    public List<MetricVerdict> children() {
        return Collections.unmodifiableList(children);
    }

    /** Renders e.g. {@code error-rate: FAIL (canary 0.05 >= limit 0.01)}. */
    @Override
    public String toString() {
        return metric + ": " + outcome + (isCriticalFailure() ? " (critical)" : "") + " (" + reason + ")";
    }
}
