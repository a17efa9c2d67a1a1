package io.jenkins.plugins.deploymentsop.rollback.watch;

/** Where a watch stands. ROLLBACK_REQUIRED, UNHEALTHY and PASSED are final. */
public enum Phase {
    /** Reading signals each tick; no sustained breach waits for anybody. */
    WATCHING,
    /** A manual rule's breach is sustained; a person decides until the deadline, then the default applies. */
    AWAITING_DECISION,
    /** Roll back now: an automatic rule, a person or a decision timeout said so. */
    ROLLBACK_REQUIRED,
    /** A version restored by a rollback breached a rule: there is no earlier version to roll back to. */
    UNHEALTHY,
    /** The watch window ended without a rollback (or, for a restored version, without a breach). */
    PASSED;

    public boolean isFinal() {
        return this == ROLLBACK_REQUIRED || this == UNHEALTHY || this == PASSED;
    }
}
