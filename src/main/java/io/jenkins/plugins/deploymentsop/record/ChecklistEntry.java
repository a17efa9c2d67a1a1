package io.jenkins.plugins.deploymentsop.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One gate of a checklist as it stood when last evaluated. A deployment may have several checklists (the
 * pre-deployment one, an operations hand-off after the release, the rollback dry run), each named; an entry written
 * before checklists had names belongs to {@link #DEFAULT_CHECKLIST}.
 *
 * @param checklist the name of the checklist the entry belongs to, e.g. {@code operations-handoff}
 * @param id the item id, e.g. {@code tests}; unique within its checklist
 * @param title the human title
 * @param group the SOP group, e.g. {@code CODE_QUALITY}
 * @param severity {@code BLOCKING} or {@code WARNING}
 * @param status PASSED, FAILED, WARNING, WAIVED, PENDING or ERROR
 * @param evidence the one-line evidence
 * @param details counts and other facts, e.g. {@code tests=120}
 * @param links names of files or URLs backing the evidence
 */
public record ChecklistEntry(
        String checklist,
        String id,
        String title,
        String group,
        String severity,
        String status,
        String evidence,
        Map<String, String> details,
        List<String> links) {
    /** The checklist of {@code preDeployChecklist} without a {@code name}, and of entries recorded without one. */
    public static final String DEFAULT_CHECKLIST = "pre-deployment";

    public ChecklistEntry {
        // records written before checklists had names have no such field: Jackson passes null
        checklist = Objects.requireNonNullElse(checklist, "").isBlank() ? DEFAULT_CHECKLIST : checklist;
        details = Map.copyOf(details);
        links = List.copyOf(links);
    }

    /**
     * Creates an entry of the {@link #DEFAULT_CHECKLIST default checklist}.
     *
     * @param id the item id
     * @param title the human title
     * @param group the SOP group
     * @param severity {@code BLOCKING} or {@code WARNING}
     * @param status the status
     * @param evidence the one-line evidence
     * @param details counts and other facts
     * @param links names of files or URLs backing the evidence
     */
    public ChecklistEntry(
            final String id,
            final String title,
            final String group,
            final String severity,
            final String status,
            final String evidence,
            final Map<String, String> details,
            final List<String> links) {
        this(DEFAULT_CHECKLIST, id, title, group, severity, status, evidence, details, links);
    }

    /**
     * Returns this entry as an entry of another checklist.
     *
     * @param name the checklist's name
     * @return the entry, this one if it already belongs there
     */
    public ChecklistEntry inChecklist(final String name) {
        if (checklist.equals(name)) {
            return this;
        }
        return new ChecklistEntry(name, id, title, group, severity, status, evidence, details, links);
    }

    /**
     * Returns the id that names this entry across checklists, see {@link #qualifiedId(String, String)}.
     *
     * @return the qualified id
     */
    public String qualifiedId() {
        return qualifiedId(checklist, id);
    }

    /**
     * Names an item across checklists, e.g. in approvals: the item id for the default checklist (as before
     * checklists had names), else {@code <checklist>:<id>}, so that two checklists may have items with the same id.
     * Neither part contains a {@code :}.
     *
     * @param checklist the checklist's name
     * @param id the item id
     * @return e.g. {@code tests} or {@code operations-handoff:on-call-briefed}
     */
    public static String qualifiedId(final String checklist, final String id) {
        return DEFAULT_CHECKLIST.equals(checklist) ? id : checklist + ":" + id;
    }
}
