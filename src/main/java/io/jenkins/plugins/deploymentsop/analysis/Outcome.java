package io.jenkins.plugins.deploymentsop.analysis;

/** What a judge decided about one measurement of one metric. */
public enum Outcome {
    /** Within the limits. */
    PASS,
    /** Outside the limits. */
    FAIL,
    /** No decision possible: no data, NaN, too few samples, or a marginal score. Never a pass. */
    INCONCLUSIVE,
    /** The source failed, so nothing was judged. Never a pass. */
    ERROR
}
