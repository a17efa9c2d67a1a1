package io.jenkins.plugins.deploymentsop.traffic;

/**
 * A router could not read, apply or verify a split. The message says what happened and in which state the router
 * was left; {@link #getOutcome()} tells the same to code, so a rollout never continues on an unknown split.
 */
public class RouterException extends Exception {
    private static final long serialVersionUID = 1L;

    /** In which state a failed operation left the router. */
    public enum Outcome {
        /** The router was not changed (e.g. it could not be reached, or the new configuration was rejected). */
        NOTHING_CHANGED,
        /** The router was changed, failed, and the previous state was put back and verified. */
        RESTORED,
        /** The router was changed and putting the previous state back failed too: what it serves is unknown. */
        UNKNOWN
    }

    private final Outcome outcome;

    /**
     * Creates the exception.
     *
     * @param message what happened, including the state the router was left in
     * @param outcome the state the router was left in
     */
    public RouterException(final String message, final Outcome outcome) {
        super(message);
        this.outcome = outcome;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what happened, including the state the router was left in
     * @param outcome the state the router was left in
     * @param cause the low-level failure
     */
    public RouterException(final String message, final Outcome outcome, final Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    /**
     * A failure before anything was changed.
     *
     * @param message what happened
     * @return the exception, its message ending with "nothing was changed"
     */
    public static RouterException nothingChanged(final String message) {
        return new RouterException(message + "; nothing was changed", Outcome.NOTHING_CHANGED);
    }

    /**
     * A failure before anything was changed.
     *
     * @param message what happened
     * @param cause the low-level failure
     * @return the exception, its message ending with "nothing was changed"
     */
    public static RouterException nothingChanged(final String message, final Throwable cause) {
        return new RouterException(message + "; nothing was changed", Outcome.NOTHING_CHANGED, cause);
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /**
     * Tells whether the router is known to serve the split it served before the failed operation.
     *
     * @return {@code true} unless the outcome is {@link Outcome#UNKNOWN}
     */
    public boolean isPreviousStateIntact() {
        return outcome != Outcome.UNKNOWN;
    }
}
