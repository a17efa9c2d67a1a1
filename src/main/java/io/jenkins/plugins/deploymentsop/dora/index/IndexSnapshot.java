package io.jenkins.plugins.deploymentsop.dora.index;

import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;

/** The deployments of the index at one moment, with what reading them found. */
public final class IndexSnapshot {
    private final DeploymentTable table;
    private final IndexHealth health;

    IndexSnapshot(final DeploymentTable table, final IndexHealth health) {
        this.table = table;
        this.health = health;
    }

    public DeploymentTable getTable() {
        return table;
    }

    public IndexHealth getHealth() {
        return health;
    }
}
