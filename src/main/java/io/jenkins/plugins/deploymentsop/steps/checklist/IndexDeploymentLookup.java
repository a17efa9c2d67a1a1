package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.DeploymentLookup;
import io.jenkins.plugins.deploymentsop.checklist.PastDeployment;
import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import io.jenkins.plugins.deploymentsop.dora.index.IndexSnapshot;
import io.jenkins.plugins.deploymentsop.ui.DoraIndexes;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers "where did this release go before?" from the controller's deployment index, the one the DORA pages read:
 * every finished deployment of every job, with its service, environment, version and outcome. One pass over the
 * index's compact table; the index itself reads only the lines appended since its last read.
 */
final class IndexDeploymentLookup implements DeploymentLookup {
    /** Most deployments of one release handed to a checklist: the newest ones. */
    static final int MAX_DEPLOYMENTS = 1000;

    private final Snapshots snapshots;

    /**
     * Creates the lookup.
     *
     * @param snapshots reads the index
     */
    IndexDeploymentLookup(final Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** How long a lookup waits for a rebuild of the index under way; runs on the step's worker, not a request. */
    static final Duration REBUILD_WAIT = Duration.ofSeconds(60);

    /** Creates the lookup of this controller's index. */
    static IndexDeploymentLookup ofController() {
        return new IndexDeploymentLookup(() -> DoraIndexes.snapshotAfterRebuild(REBUILD_WAIT));
    }

    @Override
    public List<PastDeployment> deploymentsOf(final String service, final String release) throws IOException {
        IndexSnapshot snapshot;
        try {
            snapshot = snapshots.read();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the deployment index to be rebuilt");
        }
        if (snapshot.getHealth().isMissing()) {
            return List.of(); // nothing has been deployed yet
        }
        Optional<String> problem = snapshot.getHealth().getProblem();
        if (problem.isPresent()) {
            throw new IOException("the deployment index cannot be read: " + problem.get());
        }
        DeploymentTable table = snapshot.getTable();
        List<PastDeployment> found = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            if (table.getService(row).equals(service) && table.getVersion(row).equals(release)) {
                found.add(new PastDeployment(
                        service,
                        table.getEnvironment(row),
                        release,
                        table.getOutcome(row),
                        table.getFinishedAt(row),
                        reference(table.getJob(row), table.getDeploymentId(row))));
            }
        }
        found.sort(Comparator.comparing(PastDeployment::finishedAt).reversed());
        return found.size() > MAX_DEPLOYMENTS ? List.copyOf(found.subList(0, MAX_DEPLOYMENTS)) : found;
    }

    /**
     * Names a deployment for people: the job and the build number of its id ({@code job#build#service@env}).
     *
     * @param job the job's full name
     * @param deploymentId the deployment's id
     * @return e.g. {@code shop/deploy-staging #41}
     */
    static String reference(final String job, final String deploymentId) {
        String prefix = job + "#";
        if (deploymentId.startsWith(prefix)) {
            String rest = deploymentId.substring(prefix.length());
            int end = rest.indexOf('#');
            return job + " #" + (end < 0 ? rest : rest.substring(0, end));
        }
        return deploymentId;
    }

    /** Reads the deployment index. */
    @FunctionalInterface
    interface Snapshots {
        /**
         * Reads the index.
         *
         * @return the snapshot
         * @throws IOException if it cannot be read
         * @throws InterruptedException if interrupted while waiting for a rebuild
         */
        IndexSnapshot read() throws IOException, InterruptedException;
    }
}
