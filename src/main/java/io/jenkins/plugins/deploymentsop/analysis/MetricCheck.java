package io.jenkins.plugins.deploymentsop.analysis;

/**
 * One measurement of one metric of an analysis run: read the source(s) and judge. Not serializable: after a restart
 * the caller builds the checks again from the step's configuration and resolved credentials.
 */
@FunctionalInterface
public interface MetricCheck {
    /**
     * Measures and judges.
     *
     * @return the verdict; a failing source gives an ERROR verdict, not an exception
     * @throws InterruptedException if interrupted while waiting for a source
     */
    MetricVerdict check() throws InterruptedException;
}
