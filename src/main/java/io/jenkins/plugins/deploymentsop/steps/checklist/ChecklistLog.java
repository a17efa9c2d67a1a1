package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.ItemResult;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import java.util.ArrayList;
import java.util.List;

/** The checklist as a table in the build log: one line per item with status, id, group and evidence. */
final class ChecklistLog {
    private static final int ID_WIDTH = 24;

    private ChecklistLog() {}

    /**
     * Renders the evaluated checklist.
     *
     * @param key the deployment
     * @param title how the checklist is named, e.g. {@code Pre-deployment checklist}
     * @param release the release
     * @param evaluated the result with the builder's notes and problems
     * @return the lines
     */
    static List<String> lines(
            final DeploymentKey key, final String title, final String release, final EvaluatedChecklist evaluated) {
        List<String> lines = new ArrayList<>();
        lines.add(title + " of " + key + " " + release + ":");
        for (String note : evaluated.notes()) {
            lines.add("  note: " + note);
        }
        for (String problem : evaluated.problems()) {
            lines.add("  configuration problem: " + problem);
        }
        lines.add(String.format("  %-8s %-" + ID_WIDTH + "s %-15s %s", "STATUS", "ITEM", "GROUP", "EVIDENCE"));
        for (ItemResult item : evaluated.result().items()) {
            lines.add(line(item));
        }
        lines.add("  " + evaluated.result().summary());
        return lines;
    }

    static String line(final ItemResult item) {
        return String.format(
                "  %-8s %-" + ID_WIDTH + "s %-15s %s", item.status(), item.id(), item.group(), item.evidence());
    }
}
