package io.jenkins.plugins.deploymentsop.checklist;

/** The state of one checklist item. */
public enum ItemStatus {
    /** The gate holds. */
    PASSED,
    /** The gate does not hold (for a blocking item). */
    FAILED,
    /** The gate does not hold, but the item only warns; or the check found something worth a look. */
    WARNING,
    /** A person accepted a failed or pending item, with a recorded reason. */
    WAIVED,
    /** Waiting for a person's decision. */
    PENDING,
    /** The check itself could not run: missing or malformed input, bad configuration. Distinct from FAILED. */
    ERROR
}
