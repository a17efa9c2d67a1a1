package io.jenkins.plugins.deploymentsop.rollback.plan;

/** The steps a rollback plan is made of, in the order they run. */
public enum ActionKind {
    /** Route 100% of traffic back to the previous version and verify the router serves it. */
    SWITCH_TRAFFIC_BACK,
    /** Restore the database backup, by the step's body or a command. */
    RESTORE_DATABASE,
    /** Check that the previous version is healthy again: the end of the recovery time. */
    VERIFY_HEALTH,
    /** Destroy the failed environment (full rollback only). */
    DESTROY_FAILED_ENVIRONMENT
}
