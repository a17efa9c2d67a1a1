package io.jenkins.plugins.deploymentsop.rollout;

/** A person's answer to a {@link CanaryQuestion}. */
public enum CanaryChoice {
    /** Go on: to the next step, or to 100% after the last. */
    PROMOTE,
    /** Stop: canary weight 0, verify, fail. */
    ABORT
}
