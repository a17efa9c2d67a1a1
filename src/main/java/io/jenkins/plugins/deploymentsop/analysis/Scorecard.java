package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The result of scoring a canary: the total score, the verdict, the groups and every metric's verdict. */
public final class Scorecard implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double score;
    private final CanaryVerdict verdict;
    private final ScoreThresholds thresholds;
    private final ArrayList<GroupScore> groups;
    private final ArrayList<ScoredMetric> metrics;
    private final String reason;

    Scorecard(
            final double score,
            final CanaryVerdict verdict,
            final ScoreThresholds thresholds,
            final List<GroupScore> groups,
            final List<ScoredMetric> metrics,
            final String reason) {
        this.score = score;
        this.verdict = verdict;
        this.thresholds = thresholds;
        this.groups = new ArrayList<>(groups);
        this.metrics = new ArrayList<>(metrics);
        this.reason = reason;
    }

    /**
     * Returns the weighted score.
     *
     * @return from 0 to 100, NaN if no metric was judged
     */
    public double score() {
        return score;
    }

    public CanaryVerdict verdict() {
        return verdict;
    }

    public ScoreThresholds thresholds() {
        return thresholds;
    }

    public List<GroupScore> groups() {
        return Collections.unmodifiableList(groups);
    }

    public List<ScoredMetric> metrics() {
        return Collections.unmodifiableList(metrics);
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return verdict + ": " + reason;
    }
}
