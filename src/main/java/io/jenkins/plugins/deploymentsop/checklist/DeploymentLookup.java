package io.jenkins.plugins.deploymentsop.checklist;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the earlier deployments of a release, e.g. to check that it went to staging before production. The glue
 * answers it from the controller's deployment index; {@link #of(List)} keeps a list in memory, which is what travels
 * to the agent with a checklist.
 */
public interface DeploymentLookup {
    /**
     * Lists the finished deployments of a release of a service, in every environment.
     *
     * @param service the service
     * @param release the release
     * @return the deployments, in any order
     * @throws IOException if the deployments cannot be read; the message says why
     */
    List<PastDeployment> deploymentsOf(String service, String release) throws IOException;

    /**
     * Keeps deployments in memory.
     *
     * @param deployments the deployments
     * @return a serializable lookup over them
     */
    static DeploymentLookup of(final List<PastDeployment> deployments) {
        return new Known(deployments);
    }

    /**
     * A lookup that cannot answer, e.g. because the deployment index could not be read.
     *
     * @param reason why, for the evidence of the items that need it
     * @return a serializable lookup that fails with the reason
     */
    static DeploymentLookup unavailable(final String reason) {
        return new Unavailable(reason);
    }

    /** Deployments in memory. */
    final class Known implements DeploymentLookup, Serializable {
        private static final long serialVersionUID = 1L;

        private final ArrayList<PastDeployment> deployments;

        Known(final List<PastDeployment> deployments) {
            this.deployments = new ArrayList<>(deployments);
        }

        @Override
        public List<PastDeployment> deploymentsOf(final String service, final String release) {
            return deployments.stream()
                    .filter(deployment -> deployment.service().equals(service)
                            && deployment.release().equals(release))
                    .toList();
        }
    }

    /** No answer, with the reason. */
    final class Unavailable implements DeploymentLookup, Serializable {
        private static final long serialVersionUID = 1L;

        private final String reason;

        Unavailable(final String reason) {
            this.reason = reason;
        }

        @Override
        public List<PastDeployment> deploymentsOf(final String service, final String release) throws IOException {
            throw new IOException(reason);
        }
    }
}
