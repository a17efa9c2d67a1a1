package io.jenkins.plugins.deploymentsop.rollback;

/**
 * The judgement of one sample by a condition, with the numbers behind it.
 *
 * @param status breached, clear or undefined
 * @param reason the reason in words, with the numbers
 */
public record ConditionResult(Status status, String reason) {
    /** The outcome of a comparison. */
    public enum Status {
        /** The sample is a breach. */
        BREACHED,
        /** The sample is fine. */
        CLEAR,
        /** The comparison cannot be made, e.g. no baseline: handled like missing data. */
        UNDEFINED
    }

    static ConditionResult breached(final String reason) {
        return new ConditionResult(Status.BREACHED, reason);
    }

    static ConditionResult clear(final String reason) {
        return new ConditionResult(Status.CLEAR, reason);
    }

    static ConditionResult undefined(final String reason) {
        return new ConditionResult(Status.UNDEFINED, reason);
    }

    public boolean isBreached() {
        return status == Status.BREACHED;
    }
}
