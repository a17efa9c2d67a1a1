package io.jenkins.plugins.deploymentsop.rollback;

/**
 * Where rules come from, in the order they are merged: a later layer overrides an earlier one rule by rule
 * (defaults &lt; global &lt; file &lt; pipeline).
 */
public enum RuleLayer {
    /** The SOP's decision matrix built into the plugin. */
    DEFAULTS,
    /** The rules kept in Manage Jenkins. */
    GLOBAL,
    /** A rules file in the repository. */
    FILE,
    /** Rules given to the step in the Jenkinsfile. */
    PIPELINE
}
