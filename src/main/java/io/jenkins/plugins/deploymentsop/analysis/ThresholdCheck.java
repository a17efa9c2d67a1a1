package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.metrics.BoundSource;

/**
 * Measures one source and judges it against an absolute limit.
 *
 * @param metric the metric's name
 * @param source the source with the canary's variables
 * @param judge the judge
 */
public record ThresholdCheck(String metric, BoundSource source, ThresholdJudge judge) implements MetricCheck {
    @Override
    public MetricVerdict check() throws InterruptedException {
        return judge.judge(metric, source.measure());
    }
}
