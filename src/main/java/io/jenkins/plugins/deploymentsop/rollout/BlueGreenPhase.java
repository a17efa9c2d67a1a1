package io.jenkins.plugins.deploymentsop.rollout;

/** The phases of a blue-green rollout, in the order they normally run; the last three are terminal. */
public enum BlueGreenPhase {
    /** Read the live colour from the router, the source of truth. */
    READ_LIVE,
    /** The deployment body runs against the idle colour (driven by the caller). */
    DEPLOYING,
    /** Health-check the idle colour before any traffic goes there. */
    HEALTH_CHECK,
    /** Move traffic to the new colour, step by step, with a wait and a health check after each step. */
    SWITCHING,
    /** The new colour serves 100%: watch it for {@code validateFor}. */
    VALIDATING,
    /** Validation failed: send all traffic back to the previous colour and verify. */
    SWITCHING_BACK,
    /** The new colour serves 100% and passed validation. */
    SUCCEEDED,
    /** Stopped; the reason says what the router serves. */
    FAILED,
    /** Validation failed and traffic is back on the previous colour (verified). */
    ROLLED_BACK;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == ROLLED_BACK;
    }

    /** Whether the router may already have been changed by this rollout in this phase. */
    boolean mayHaveChangedTraffic() {
        return this == SWITCHING || this == VALIDATING || this == SWITCHING_BACK;
    }
}
