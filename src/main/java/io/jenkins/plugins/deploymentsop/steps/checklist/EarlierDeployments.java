package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.DeploymentLookup;
import io.jenkins.plugins.deploymentsop.checklist.PastDeployment;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The earlier deployments of the release being checked, read on the controller (where the deployment index is)
 * before the checklist goes to the agent, or why they could not be read, or that they were not read. Only
 * {@code stagedFirst} items use them, so the index is read only for checklists with such an item; a problem reading
 * them becomes the ERROR of those items, never of the whole checklist.
 */
final class EarlierDeployments implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(EarlierDeployments.class.getName());

    private static final String NOT_READ = "the earlier deployments of the release were not read";

    private final ArrayList<PastDeployment> deployments;
    private final String problem;
    private final boolean read;

    private EarlierDeployments(final List<PastDeployment> deployments, final String problem, final boolean read) {
        this.deployments = new ArrayList<>(deployments);
        this.problem = problem;
        this.read = read;
    }

    /** None: e.g. for requests built in tests. */
    static EarlierDeployments none() {
        return new EarlierDeployments(List.of(), "", true);
    }

    /** Not read yet: the checklist seemed to have no {@code stagedFirst} item. */
    static EarlierDeployments notRead() {
        return new EarlierDeployments(List.of(), NOT_READ, false);
    }

    /**
     * Reads the deployments of a release of a service.
     *
     * @param lookup where they are recorded
     * @param service the service
     * @param release the release
     * @return the deployments, or the problem
     */
    static EarlierDeployments read(final DeploymentLookup lookup, final String service, final String release) {
        try {
            return new EarlierDeployments(lookup.deploymentsOf(service, release), "", true);
        } catch (IOException | RuntimeException exception) {
            LOGGER.log(Level.WARNING, "Cannot read the earlier deployments of " + service + " " + release, exception);
            return new EarlierDeployments(List.of(), String.valueOf(exception.getMessage()), true);
        }
    }

    /**
     * Returns the lookup the checks use on the agent.
     *
     * @return an in-memory lookup, or one that fails with the problem
     */
    DeploymentLookup lookup() {
        return problem.isEmpty() ? DeploymentLookup.of(deployments) : DeploymentLookup.unavailable(problem);
    }

    /**
     * Tells whether the deployments were looked up (found, or with the problem that prevented it).
     *
     * @return {@code false} for {@link #notRead()}
     */
    boolean isRead() {
        return read;
    }

    List<PastDeployment> deployments() {
        return List.copyOf(deployments);
    }
}
