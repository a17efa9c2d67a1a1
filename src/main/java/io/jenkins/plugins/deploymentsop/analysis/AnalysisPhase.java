package io.jenkins.plugins.deploymentsop.analysis;

/**
 * The phase of a measurement, a metric or a whole analysis run, in an explicit order from best to worst (as Argo
 * Rollouts orders them): a run takes the worst phase of its metrics.
 */
public enum AnalysisPhase {
    /** Not measured yet (e.g. still in the initial delay). */
    PENDING,
    /** Measuring. */
    RUNNING,
    /** Done, within the limits. */
    SUCCESSFUL,
    /** Done without a decision: too many inconclusive measurements. A person decides. */
    INCONCLUSIVE,
    /** Done because the sources failed too often in a row; the canary treats it as a failure. */
    ERROR,
    /** Done, the limits were exceeded. */
    FAILED;

    /**
     * Tells whether the phase is final.
     *
     * @return true for SUCCESSFUL, INCONCLUSIVE, ERROR and FAILED
     */
    public boolean isCompleted() {
        return ordinal() >= SUCCESSFUL.ordinal();
    }

    /**
     * Tells whether this phase is worse than another.
     *
     * @param other the other phase
     * @return true if this comes later in the order
     */
    public boolean isWorseThan(final AnalysisPhase other) {
        return ordinal() > other.ordinal();
    }

    /**
     * Returns the worse of two phases.
     *
     * @param a a phase
     * @param b another phase
     * @return the one later in the order
     */
    public static AnalysisPhase worst(final AnalysisPhase a, final AnalysisPhase b) {
        return a.isWorseThan(b) ? a : b;
    }

    /**
     * Returns the phase of a single measurement with this outcome.
     *
     * @param outcome the judge's outcome
     * @return SUCCESSFUL, FAILED, INCONCLUSIVE or ERROR
     */
    public static AnalysisPhase of(final Outcome outcome) {
        switch (outcome) {
            case PASS:
                return SUCCESSFUL;
            case FAIL:
                return FAILED;
            case INCONCLUSIVE:
                return INCONCLUSIVE;
            default:
                return ERROR;
        }
    }
}
