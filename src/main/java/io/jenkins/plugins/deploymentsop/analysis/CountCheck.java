package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.BoundSource;

/**
 * Measures events and trials on both sides (e.g. errors and requests over the last interval) and compares the rates.
 *
 * @param metric the metric's name
 * @param canaryEvents the canary's events
 * @param canaryTrials the canary's trials
 * @param stableEvents the stable version's events
 * @param stableTrials the stable version's trials
 * @param judge the judge
 */
public record CountCheck(
        String metric,
        BoundSource canaryEvents,
        BoundSource canaryTrials,
        BoundSource stableEvents,
        BoundSource stableTrials,
        CountJudge judge)
        implements MetricCheck {
    @Override
    public MetricVerdict check() throws InterruptedException {
        return judge.judge(
                metric, canaryEvents.measure(), canaryTrials.measure(), stableEvents.measure(), stableTrials.measure());
    }
}
