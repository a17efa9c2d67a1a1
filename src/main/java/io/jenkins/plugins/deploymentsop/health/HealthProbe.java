package io.jenkins.plugins.deploymentsop.health;

/** One health check that can be attempted again and again, e.g. {@code GET /health} on the green colour. */
public interface HealthProbe {
    /**
     * Names the probe for reports, without secrets, e.g. {@code GET http://10.0.0.2:8080/health}.
     *
     * @return the name
     */
    String name();

    /**
     * Makes one attempt. Never throws for a failed check: the failure is the result.
     *
     * @return the outcome with its latency and, on failure, the reason
     * @throws InterruptedException if interrupted while waiting for the answer
     */
    ProbeAttempt attempt() throws InterruptedException;
}
