package io.jenkins.plugins.deploymentsop.record;

import java.time.Instant;
import java.util.List;

/**
 * The verdict of one analysis, e.g. one canary step.
 *
 * @param at when it was decided
 * @param stage what was analysed, e.g. {@code canary 25%} or {@code validation}
 * @param canaryWeight the canary's traffic share while sampling, in percent
 * @param verdict PASS, MARGINAL, FAIL, INCONCLUSIVE or ERROR
 * @param score the score from 0 to 100, or NaN when not scored
 * @param reason the reason in words
 * @param metrics the per-metric verdicts
 */
public record AnalysisVerdict(
        Instant at,
        String stage,
        double canaryWeight,
        String verdict,
        double score,
        String reason,
        List<MetricVerdict> metrics) {
    public AnalysisVerdict {
        metrics = List.copyOf(metrics);
    }
}
