package io.jenkins.plugins.deploymentsop.steps.canary;

import io.jenkins.plugins.deploymentsop.rollout.CanaryChoice;
import java.io.Serializable;

/**
 * A person's answer from the build page, kept until the next tick applies it.
 *
 * @param decisionId the decision as the page shows it, e.g. {@code shop@production:canary-step-4-gate}
 * @param choice PROMOTE or ABORT
 * @param userId who answered
 * @param comment the comment, possibly empty
 */
record CanaryAnswer(String decisionId, CanaryChoice choice, String userId, String comment) implements Serializable {
    private static final long serialVersionUID = 1L;
}
