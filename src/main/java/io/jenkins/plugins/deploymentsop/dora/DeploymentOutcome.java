package io.jenkins.plugins.deploymentsop.dora;

/** How a deployment ended. */
public enum DeploymentOutcome {
    /** The new version serves production. */
    SUCCEEDED,
    /** The deployment failed in production and needed remediation. */
    FAILED,
    /** The deployment reached production and was rolled back. */
    ROLLED_BACK,
    /** Stopped before it changed production (e.g. a gate said no): not a deployment for DORA. */
    ABORTED;

    /**
     * Tells whether this outcome counts as a deployment at all; aborted runs never reached production.
     *
     * @return {@code false} for {@link #ABORTED}
     */
    public boolean isDeployment() {
        return this != ABORTED;
    }

    /**
     * Tells whether this outcome is a change failure (the numerator of the change failure rate).
     *
     * @return {@code true} for {@link #FAILED} and {@link #ROLLED_BACK}
     */
    public boolean isChangeFailure() {
        return this == FAILED || this == ROLLED_BACK;
    }
}
