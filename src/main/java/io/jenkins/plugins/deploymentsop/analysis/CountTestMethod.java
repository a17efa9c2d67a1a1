package io.jenkins.plugins.deploymentsop.analysis;

/** Which test compares two event rates. */
public enum CountTestMethod {
    /**
     * Exact conditional test (the default): given the events on both sides, the canary's share follows a binomial
     * distribution with p = canary trials / all trials when the rates are equal. Exact for Poisson counts and valid for
     * any number of events, so it catches sparse errors (8 vs 0) that normal approximations and rank tests miss.
     */
    CONDITIONAL_BINOMIAL,
    /** The classic pooled two-proportion z-test; needs a handful of events on each side to be accurate. */
    TWO_PROPORTION_Z
}
