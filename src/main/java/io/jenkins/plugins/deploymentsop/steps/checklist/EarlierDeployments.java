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
 * before the checklist goes to the agent, or why they could not be read. Only {@code stagedFirst} items use them; a
 * problem reading them becomes the ERROR of those items, never of the whole checklist.
 */
final class EarlierDeployments implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(EarlierDeployments.class.getName());

    private final ArrayList<PastDeployment> deployments;
    private final String problem;

    private EarlierDeployments(final List<PastDeployment> deployments, final String problem) {
        this.deployments = new ArrayList<>(deployments);
        this.problem = problem;
    }

    /** None: e.g. for requests built in tests. */
    static EarlierDeployments none() {
        return new EarlierDeployments(List.of(), "");
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
            return new EarlierDeployments(lookup.deploymentsOf(service, release), "");
        } catch (IOException | RuntimeException exception) {
            LOGGER.log(Level.WARNING, "Cannot read the earlier deployments of " + service + " " + release, exception);
            return new EarlierDeployments(List.of(), String.valueOf(exception.getMessage()));
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

    List<PastDeployment> deployments() {
        return List.copyOf(deployments);
    }
}
