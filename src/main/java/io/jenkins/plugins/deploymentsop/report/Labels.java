package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Words shared by the HTML and Markdown renderings, so both say the same thing. */
final class Labels {
    private Labels() {}

    static String strategy(@CheckForNull final Strategy strategy) {
        if (strategy == null) {
            return Texts.NONE;
        }
        return strategy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String type(@CheckForNull final DeploymentType type) {
        return type == null ? Texts.NONE : type.getPipelineName();
    }

    static String title(final DeploymentRecord record) {
        String title = Texts.orEmpty(record.getService()) + " → " + Texts.orEmpty(record.getEnvironment());
        String version = Texts.orEmpty(record.getVersion());
        return version.isBlank() ? title : title + " " + version;
    }

    static String approvers(final DeploymentRecord record) {
        List<String> approvers = record.approvers();
        return approvers.isEmpty() ? "no approval recorded" : String.join(", ", approvers);
    }

    static String job(final DeploymentRecord record) {
        String job = Texts.orEmpty(record.getJob());
        if (job.isBlank()) {
            return Texts.NONE;
        }
        return record.getBuild() > 0 ? job + " #" + record.getBuild() : job;
    }

    /**
     * Groups checklist entries by the checklist they belong to.
     *
     * @param checklist the entries of all checklists
     * @return the entries by checklist name, in the order the checklists first appear
     */
    static Map<String, List<ChecklistEntry>> checklists(final List<ChecklistEntry> checklist) {
        return checklist.stream()
                .collect(Collectors.groupingBy(ChecklistEntry::checklist, LinkedHashMap::new, Collectors.toList()));
    }

    /** Counts the checklist items by status, e.g. {@code 11 PASSED, 1 FAILED}. */
    static String checklistCounts(final List<ChecklistEntry> checklist) {
        if (checklist.isEmpty()) {
            return "not recorded";
        }
        Map<String, Long> counts = checklist.stream()
                .collect(Collectors.groupingBy(
                        entry -> Texts.orNone(entry.status()), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }
}
