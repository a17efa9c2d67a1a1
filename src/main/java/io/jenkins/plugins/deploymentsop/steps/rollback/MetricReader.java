package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;

/**
 * One configured metric source ({@code prometheus(...)}, {@code jsonMetric(...)}, {@code syntheticProbe(...)}) that
 * reads the {@code <what>} part of a signal reference {@code <source id>:<what>}: a PromQL query, a JSON pointer or a
 * probe statistic. Runs on the controller.
 */
public interface MetricReader {
    /**
     * Checks what a rule asks this source for, before watching starts.
     *
     * @param parameter names the rule field in messages
     * @param what the query, pointer or statistic
     * @throws io.jenkins.plugins.deploymentsop.value.InvalidInputException if it cannot be read from this source
     */
    void check(String parameter, String what);

    /**
     * Reads one value.
     *
     * @param what the query, pointer or statistic
     * @param variables the values of {@code {{service}}}, {@code {{environment}}}, {@code {{color}}}, {@code {{version}}}
     * @return the measurement: a value, no data or an error with its reason
     * @throws InterruptedException if interrupted while waiting for the server
     */
    Measurement measure(String what, QueryVariables variables) throws InterruptedException;

    /** Describes the source for the build log, never its credentials. */
    String describe();
}
