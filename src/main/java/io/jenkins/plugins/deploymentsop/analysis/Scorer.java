package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores metric verdicts as Kayenta does: each group scores the share of its judged metrics that passed, the total
 * is the weighted mean of the group scores, and the thresholds turn it into pass, marginal or fail. A failed critical
 * metric fails the canary whatever the score; a critical metric that could not be measured makes the verdict an
 * error. A metric whose source failed counts as failed in its group, never as passed. Metrics without data do not
 * count, and a group without any judged metric is left out with its weight.
 */
public final class Scorer {
    private final LinkedHashMap<String, Double> weights;
    private final ScoreThresholds thresholds;

    /**
     * Creates a scorer.
     *
     * @param weights the weight of each group, at least 0; empty for equal weights
     * @param thresholds the pass and marginal scores
     * @throws InvalidInputException if a weight is negative or not finite, or all are 0
     */
    public Scorer(final Map<String, Double> weights, final ScoreThresholds thresholds) {
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            if (!Double.isFinite(weight.getValue()) || weight.getValue() < 0) {
                throw new InvalidInputException(
                        "weights." + weight.getKey(), String.valueOf(weight.getValue()), "a weight of at least 0");
            }
        }
        if (!weights.isEmpty()
                && weights.values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
            throw new InvalidInputException("weights", weights.toString(), "at least one weight greater than 0");
        }
        this.weights = new LinkedHashMap<>(weights);
        this.thresholds = thresholds;
    }

    /**
     * Checks that every group has a weight, so that a misspelt group fails when the step starts, not at scoring.
     *
     * @param groups the groups of the metrics
     * @throws InvalidInputException if weights are given and a group has none
     */
    public void checkGroups(final List<String> groups) {
        for (String group : groups) {
            if (!weights.isEmpty() && !weights.containsKey(group)) {
                throw new InvalidInputException(
                        "group", group, "one of the weighted groups " + String.join(", ", weights.keySet()));
            }
        }
    }

    /**
     * Scores the verdicts.
     *
     * @param metrics the verdicts with their groups
     * @return the scorecard
     */
    public Scorecard score(final List<ScoredMetric> metrics) {
        checkGroups(metrics.stream().map(ScoredMetric::group).collect(Collectors.toList()));
        List<GroupScore> groups = groupScores(metrics);
        List<String> criticalFailures = new ArrayList<>();
        List<String> criticalErrors = new ArrayList<>();
        for (ScoredMetric metric : metrics) {
            MetricVerdict verdict = metric.verdict();
            if (verdict.isCriticalFailure()) {
                criticalFailures.add(verdict.toString());
            } else if (verdict.isCritical() && verdict.outcome() == Outcome.ERROR) {
                criticalErrors.add(verdict.toString());
            }
        }
        double weightSum = 0;
        double weighted = 0;
        for (GroupScore group : groups) {
            if (group.judged() > 0) {
                weightSum += group.weight();
                weighted += group.weight() * group.score();
            }
        }
        double score = weightSum == 0 ? Double.NaN : weighted / weightSum;
        String summary = groups.stream().map(GroupScore::toString).collect(Collectors.joining(", "));
        String scoreText = "score " + Numbers.format(score) + " (pass >= " + Numbers.format(thresholds.pass())
                + ", marginal >= " + Numbers.format(thresholds.marginal()) + "): " + summary;
        if (!criticalFailures.isEmpty()) {
            return new Scorecard(
                    score,
                    CanaryVerdict.FAIL,
                    thresholds,
                    groups,
                    metrics,
                    "critical metric failed: " + String.join("; ", criticalFailures) + "; " + scoreText);
        }
        boolean allErrors = !metrics.isEmpty()
                && metrics.stream().allMatch(metric -> metric.verdict().outcome() == Outcome.ERROR);
        if (allErrors || !criticalErrors.isEmpty()) {
            String what = allErrors ? "no metric could be measured: " : "a critical metric could not be measured: ";
            return new Scorecard(score, CanaryVerdict.ERROR, thresholds, groups, metrics, what + problems(metrics));
        }
        if (Double.isNaN(score)) {
            return new Scorecard(
                    score,
                    CanaryVerdict.INCONCLUSIVE,
                    thresholds,
                    groups,
                    metrics,
                    "no metric had data: " + problems(metrics));
        }
        CanaryVerdict verdict = thresholds.classify(score);
        String details = verdict == CanaryVerdict.PASS ? "" : "; not passed: " + problems(metrics);
        return new Scorecard(score, verdict, thresholds, groups, metrics, scoreText + details);
    }

    private List<GroupScore> groupScores(final List<ScoredMetric> metrics) {
        Map<String, List<ScoredMetric>> byGroup = new LinkedHashMap<>();
        for (ScoredMetric metric : metrics) {
            byGroup.computeIfAbsent(metric.group(), group -> new ArrayList<>()).add(metric);
        }
        List<GroupScore> groups = new ArrayList<>();
        for (Map.Entry<String, List<ScoredMetric>> group : byGroup.entrySet()) {
            int passed = 0;
            int judged = 0;
            int withoutData = 0;
            for (ScoredMetric metric : group.getValue()) {
                Outcome outcome = metric.verdict().outcome();
                if (outcome == Outcome.INCONCLUSIVE) {
                    withoutData++;
                } else {
                    judged++;
                    if (outcome == Outcome.PASS) {
                        passed++;
                    }
                }
            }
            double weight = weights.isEmpty() ? 1 : weights.get(group.getKey());
            groups.add(new GroupScore(group.getKey(), weight, passed, judged, withoutData));
        }
        return groups;
    }

    private static String problems(final List<ScoredMetric> metrics) {
        return metrics.stream()
                .map(ScoredMetric::verdict)
                .filter(verdict -> verdict.outcome() != Outcome.PASS)
                .map(MetricVerdict::toString)
                .collect(Collectors.joining("; "));
    }
}
