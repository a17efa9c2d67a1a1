package io.jenkins.plugins.deploymentsop.rollback;

/**
 * What kind of thing a signal observes. It only decides the default "no data" policy: a metric that cannot be read
 * says nothing about the release, a health probe that cannot run is a failure.
 */
public enum SignalKind {
    /** A number from a metric source, e.g. {@code prometheus:<query>}. */
    METRIC,
    /** A health probe, {@code health:<probe name>}: 1 when it passed, 0 when it failed. */
    HEALTH
}
