package io.jenkins.plugins.deploymentsop.endtoend;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.steps.StepEnd;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one build of the release pipeline did and left behind.
 *
 * @param release the release
 * @param started when the build started
 * @param ended when the build ended
 * @param checklist how {@code preDeployChecklist} ended
 * @param blueGreen how {@code blueGreenDeploy} ended, if it ran
 * @param canary how {@code canaryPromote} (in the deployment's block) ended, if it ran
 * @param watch how {@code rollbackIfUnhealthy} ended, if it ran
 * @param brokeAt when the release started failing while it was watched, if it did
 * @param report what {@code deploymentReport} returned
 * @param record the deployment record as the build left it
 * @param tabHtml the body of the build's "Deployment Report" tab
 * @param standaloneHtml the self-contained report page
 * @param servedAfter what the router served when the build ended
 * @param sampleAfter which colour answered requests sent through nginx when the build ended
 * @param log the build log
 */
record BuildResult(
        Release release,
        Instant started,
        Instant ended,
        StepEnd checklist,
        Optional<StepEnd> blueGreen,
        Optional<StepEnd> canary,
        Optional<StepEnd> watch,
        Optional<Instant> brokeAt,
        Map<String, Object> report,
        DeploymentRecord record,
        String tabHtml,
        String standaloneHtml,
        TrafficSplit servedAfter,
        TrafficSample sampleAfter,
        List<String> log) {
    int number() {
        return release.build();
    }
}
