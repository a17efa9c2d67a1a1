package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a paused canary asks a person. Part of the machine's state, so it survives a restart.
 *
 * @param kind why the canary waits
 * @param step the number of the step it waits at, from 1
 * @param weight the canary's weight that is served while waiting
 * @param title the question, e.g. {@code Promote the canary of shop@production to 50%?}
 * @param details the facts behind it, with numbers
 * @param askedAt when it was asked
 * @param deadline when the timeout applies
 */
public record CanaryQuestion(
        Kind kind, int step, Percentage weight, String title, String details, Instant askedAt, Instant deadline)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Why the canary waits. */
    public enum Kind {
        /** A manual gate ({@code pauseAt}) before the weight is raised to this step. */
        GATE,
        /** The step's analysis was marginal or inconclusive. */
        MARGINAL,
        /** The step's analysis failed and {@code onFailure} is {@code pause}: the split is frozen. */
        FAILURE
    }

    /**
     * Returns an id for this question, unique within the rollout: kind and step.
     *
     * @return e.g. {@code canary-step-3-gate}
     */
    public String id() {
        return "canary-step-" + step + "-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
