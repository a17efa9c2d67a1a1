package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.record.ArtifactEntry;
import io.jenkins.plugins.deploymentsop.record.ChangeEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.report.DeploymentReport;
import io.jenkins.plugins.deploymentsop.ui.DoraIndexes;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The work of {@code deploymentReport}: finalize the record, write the report files, index the deployment. */
final class DeploymentReportPublisher {
    private final DeploymentReportStep step;
    private final Run<?, ?> run;
    private final TaskListener listener;

    @CheckForNull
    private final FilePath workspace;

    DeploymentReportPublisher(
            final DeploymentReportStep step,
            final Run<?, ?> run,
            final TaskListener listener,
            @CheckForNull final FilePath workspace) {
        this.step = step;
        this.run = run;
        this.listener = listener;
        this.workspace = workspace;
    }

    Map<String, Object> publish() throws IOException, InterruptedException {
        Instant now = Instant.now();
        List<ChangeEntry> changes = BuildChanges.of(run);
        List<ArtifactEntry> artifacts = step.getArtifacts().isEmpty()
                ? List.of()
                : ArtifactChecksums.of(requireWorkspace("artifacts"), step.getArtifacts());
        DeploymentRecord record =
                RunRecords.update(run, step.key(), current -> finalize(current, changes, artifacts, now));

        DeploymentReport report = DeploymentReport.of(record, now);
        List<String> written = new ArrayList<>();
        write(step.getMarkdown(), "markdown", report.markdown(), written);
        write(step.getHtml(), "html", report.standaloneHtml(), written);
        write(step.getJson(), "json", report.json(), written);
        DoraIndexes.append(record);

        listener.getLogger().println("[Deployment SOP] " + report.summary().getText());
        written.forEach(path -> listener.getLogger().println("[Deployment SOP] wrote " + path));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("service", record.getService());
        result.put("environment", record.getEnvironment());
        result.put("version", record.getVersion());
        result.put("outcome", record.getOutcome().name());
        result.put("reason", record.getOutcomeReason());
        result.put("files", written);
        return result;
    }

    private void finalize(
            final DeploymentRecord record,
            final List<ChangeEntry> changes,
            final List<ArtifactEntry> artifacts,
            final Instant now) {
        if (record.getTimeline().isEmpty() && record.getTraffic().isEmpty()) {
            // deployed by plain shell steps: the deployment is the build so far
            record.setStartedAt(Instant.ofEpochMilli(run.getStartTimeInMillis()));
        }
        if (!step.getVersion().isEmpty()) {
            record.setVersion(step.getVersion());
        }
        if (!step.getType().isEmpty()) {
            record.setType(DeploymentType.valueOf("type", step.getType()));
        }
        if (!step.getStrategy().isEmpty()) {
            record.setStrategy(DeploymentReportStep.parseStrategy(step.getStrategy()));
        }
        record.addChanges(changes);
        artifacts.forEach(record::addArtifact);

        Outcome outcome;
        String reason;
        if (DeploymentReportStep.AUTO.equalsIgnoreCase(step.getOutcome())) {
            DeploymentRecord.DerivedOutcome derived = record.deriveOutcome(run.getResult() == Result.ABORTED);
            outcome = derived.outcome();
            reason = derived.reason();
        } else {
            outcome = Outcome.valueOf("outcome", step.getOutcome());
            reason = "set by deploymentReport(outcome: '" + step.getOutcome().toLowerCase(Locale.ROOT) + "')";
        }
        record.addTimeline(new TimelineEntry(
                now, "deploymentReport", "REPORT", TimelineEntry.Status.INFO, "outcome " + outcome + ": " + reason));
        record.finish(outcome, reason, now);
    }

    private void write(final String path, final String parameter, final String content, final List<String> written)
            throws IOException, InterruptedException {
        if (path.isEmpty()) {
            return;
        }
        FilePath target = requireWorkspace(parameter).child(path);
        target.getParent().mkdirs(); // a validated relative path always has the workspace or a folder as parent
        target.write(content, "UTF-8");
        written.add(path);
    }

    private FilePath requireWorkspace(final String parameter) {
        if (workspace == null) {
            throw new InvalidInputException(
                    parameter, "(set)", "only inside a node block, where a workspace exists; outside, leave it empty");
        }
        return workspace;
    }
}
