package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code deploymentReport} played outside Jenkins, for the end-to-end scenario: the step's own publisher finalizes the
 * record and indexes it for DORA. No report files: writing them needs a workspace ({@code FilePath}), which only a
 * real agent has; the report's HTML comes from the tab and from {@code DeploymentReport} instead.
 */
public final class ReportDriver {
    private ReportDriver() {}

    /**
     * Runs the step.
     *
     * @param step the parameters (without markdown, html or json files)
     * @param run the build
     * @param log the build log
     * @return the step's return value
     * @throws IOException if the record or the index cannot be written
     * @throws InterruptedException if interrupted
     */
    public static Map<String, Object> publish(
            final DeploymentReportStep step, final Run<?, ?> run, final Consumer<String> log)
            throws IOException, InterruptedException {
        return new DeploymentReportPublisher(step, run, BuildLog.listener(log), null).publish();
    }
}
