package io.jenkins.plugins.deploymentsop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Measures a group of metrics and scores them as one analysis metric, the way Argo Rollouts runs Kayenta: a pass
 * is a successful measurement, marginal and no data are inconclusive, fail is failed, and sources that all failed
 * (or a critical one) make an error. The scorecard's metrics become the verdict's children.
 */
public final class ScorecardCheck implements MetricCheck {
    private final String metric;
    private final List<Entry> entries;
    private final Scorer scorer;

    /**
     * Creates the check.
     *
     * @param metric the analysis metric's name, e.g. {@code canary-score}
     * @param entries the scored metrics with their groups
     * @param scorer the scorer (weights and thresholds)
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException if a group has no weight
     */
    public ScorecardCheck(final String metric, final List<Entry> entries, final Scorer scorer) {
        scorer.checkGroups(entries.stream().map(Entry::group).collect(Collectors.toList()));
        this.metric = metric;
        this.entries = new ArrayList<>(entries);
        this.scorer = scorer;
    }

    @Override
    public MetricVerdict check() throws InterruptedException {
        return toVerdict(metric, scorer.score(measure()));
    }

    /**
     * Measures all metrics and scores them, for callers that want the whole scorecard.
     *
     * @return the scorecard
     * @throws InterruptedException if interrupted
     */
    public Scorecard scorecard() throws InterruptedException {
        return scorer.score(measure());
    }

    private List<ScoredMetric> measure() throws InterruptedException {
        List<ScoredMetric> scored = new ArrayList<>();
        for (Entry entry : entries) {
            MetricVerdict verdict;
            try {
                verdict = entry.check().check();
            } catch (RuntimeException exception) {
                verdict = MetricVerdict.error(entry.name(), "the check failed: " + exception);
            }
            scored.add(new ScoredMetric(entry.group(), verdict));
        }
        return scored;
    }

    /**
     * Turns a scorecard into the verdict of one analysis measurement.
     *
     * @param metric the analysis metric's name
     * @param scorecard the scorecard
     * @return the verdict, with the score as a figure and the metrics as children
     */
    public static MetricVerdict toVerdict(final String metric, final Scorecard scorecard) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("score", scorecard.score()));
        figures.add(new Figure("pass", scorecard.thresholds().pass()));
        figures.add(new Figure("marginal", scorecard.thresholds().marginal()));
        for (GroupScore group : scorecard.groups()) {
            figures.add(new Figure("group " + group.group(), group.score()));
        }
        String reason = scorecard.verdict() + ", " + scorecard.reason();
        return MetricVerdict.of(metric, scorecard.verdict().toOutcome(), figures, reason)
                .withChildren(
                        scorecard.metrics().stream().map(ScoredMetric::verdict).collect(Collectors.toList()));
    }

    /**
     * One metric of a scorecard.
     *
     * @param group the group it is scored in
     * @param name its name (for the verdict if its check breaks)
     * @param check its check
     */
    public record Entry(String group, String name, MetricCheck check) {}
}
