package io.jenkins.plugins.deploymentsop.rollout;

/** The phases of a canary rollout; the last three are terminal. */
public enum CanaryPhase {
    /** Read the split from the router: the colour at 100% is stable, the other one is the canary. */
    READ_LIVE,
    /** Set the canary's weight of the current step on the router and verify it. */
    SETTING_WEIGHT,
    /** The canary serves the step's weight: wait the bake time while the analysis samples, then judge. */
    BAKING,
    /** A person decides: a manual gate, a marginal verdict, or a failure with {@code onFailure: pause}. */
    WAITING_FOR_DECISION,
    /** Send all traffic back to the stable colour (canary weight 0) and verify it. */
    ROLLING_BACK,
    /** The canary serves 100% (verified) and passed every step. */
    PROMOTED,
    /** The canary was aborted and traffic is back on the stable colour (verified). */
    ROLLED_BACK,
    /** Stopped; the reason says what the router serves. */
    FAILED;

    public boolean isTerminal() {
        return this == PROMOTED || this == ROLLED_BACK || this == FAILED;
    }

    /** Whether the router may already have been changed by this rollout in this phase. */
    boolean mayHaveChangedTraffic() {
        return this == SETTING_WEIGHT || this == BAKING || this == WAITING_FOR_DECISION || this == ROLLING_BACK;
    }
}
