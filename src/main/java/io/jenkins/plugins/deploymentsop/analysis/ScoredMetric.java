package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;

/**
 * A metric's verdict and the group it is scored in, e.g. "latency" or "errors".
 *
 * @param group the group's name
 * @param verdict the metric's verdict
 */
public record ScoredMetric(String group, MetricVerdict verdict) implements Serializable {
    private static final long serialVersionUID = 1L;
}
