package io.jenkins.plugins.deploymentsop.steps;

import hudson.model.Run;
import hudson.model.User;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.deploymentsop.record.ChangeEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.RunWithSCM;

/** Reads the commits a build deploys from its change sets: the input of lead time for changes. */
final class BuildChanges {
    private BuildChanges() {}

    /**
     * Lists the commits of a build's change sets.
     *
     * @param run the build
     * @return the commits, empty for builds without SCM
     */
    static List<ChangeEntry> of(final Run<?, ?> run) {
        List<ChangeEntry> changes = new ArrayList<>();
        if (!(run instanceof RunWithSCM)) {
            return changes;
        }
        for (ChangeLogSet<? extends ChangeLogSet.Entry> set : ((RunWithSCM<?, ?>) run).getChangeSets()) {
            for (ChangeLogSet.Entry entry : set) {
                String commit = entry.getCommitId();
                if (commit == null || entry.getTimestamp() < 0) {
                    continue; // an SCM that knows neither commit id nor time gives nothing to measure
                }
                User author = entry.getAuthor();
                changes.add(new ChangeEntry(
                        commit,
                        author == null ? "" : author.getFullName(),
                        firstLine(entry.getMsg()),
                        Instant.ofEpochMilli(entry.getTimestamp())));
            }
        }
        return changes;
    }

    private static String firstLine(final String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
