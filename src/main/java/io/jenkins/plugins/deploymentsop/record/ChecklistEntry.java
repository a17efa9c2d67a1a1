package io.jenkins.plugins.deploymentsop.record;

import java.util.List;
import java.util.Map;

/**
 * One gate of the pre-deployment checklist as it stood when last evaluated.
 *
 * @param id the item id, e.g. {@code tests}
 * @param title the human title
 * @param group the SOP group, e.g. {@code CODE_QUALITY}
 * @param severity {@code BLOCKING} or {@code WARNING}
 * @param status PASSED, FAILED, WARNING, WAIVED, PENDING or ERROR
 * @param evidence the one-line evidence
 * @param details counts and other facts, e.g. {@code tests=120}
 * @param links names of files or URLs backing the evidence
 */
public record ChecklistEntry(
        String id,
        String title,
        String group,
        String severity,
        String status,
        String evidence,
        Map<String, String> details,
        List<String> links) {
    public ChecklistEntry {
        details = Map.copyOf(details);
        links = List.copyOf(links);
    }
}
