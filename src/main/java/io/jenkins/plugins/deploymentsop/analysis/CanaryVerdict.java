package io.jenkins.plugins.deploymentsop.analysis;

/** The verdict of a scorecard. */
public enum CanaryVerdict {
    /** The score reached the pass threshold and no critical metric failed. */
    PASS,
    /** The score is between the marginal and the pass threshold: a person decides. */
    MARGINAL,
    /** The score is below the marginal threshold, or a critical metric failed. */
    FAIL,
    /** No metric had data (e.g. no traffic yet): nothing to score. */
    INCONCLUSIVE,
    /** No metric could be measured, or a critical metric could not be: the sources failed. */
    ERROR;

    /**
     * Maps the verdict onto a measurement outcome of an analysis run: marginal and inconclusive are inconclusive.
     *
     * @return the outcome
     */
    public Outcome toOutcome() {
        switch (this) {
            case PASS:
                return Outcome.PASS;
            case FAIL:
                return Outcome.FAIL;
            case ERROR:
                return Outcome.ERROR;
            default:
                return Outcome.INCONCLUSIVE;
        }
    }
}
