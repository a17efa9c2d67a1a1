package io.jenkins.plugins.deploymentsop.rollback.plan;

/** How an action of a rollback ended. */
public enum ActionOutcome {
    SUCCEEDED,
    FAILED,
    /** Not run, because an earlier action failed. */
    SKIPPED
}
