package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.BoundSource;

/**
 * Measures the canary and the stable version and compares them, by ratio or by a rank test.
 *
 * @param metric the metric's name
 * @param canary the source with the canary's variables
 * @param stable the source with the stable version's variables
 * @param judge the judge
 */
public record ComparisonCheck(String metric, BoundSource canary, BoundSource stable, TwoSampleJudge judge)
        implements MetricCheck {
    @Override
    public MetricVerdict check() throws InterruptedException {
        return judge.judge(metric, canary.measure(), stable.measure());
    }
}
