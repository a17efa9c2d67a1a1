package io.jenkins.plugins.deploymentsop.dora;

/** Why a deployment happened: planned work, an unplanned fix, or a flag flip. Hotfixes count as rework. */
public enum DeploymentType {
    /** A planned release. */
    STANDARD,
    /** An unplanned deployment made because of a problem in production: rework. */
    HOTFIX,
    /** A planned release that only changes feature flags. */
    FEATURE_FLAG;

    /**
     * Tells whether this deployment was unplanned, i.e. counts towards the deployment rework rate.
     *
     * @return {@code true} for hotfixes
     */
    public boolean isUnplanned() {
        return this == HOTFIX;
    }
}
