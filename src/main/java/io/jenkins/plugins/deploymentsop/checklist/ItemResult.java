package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one item: its identity, the status after its severity was applied, a one-line evidence text, the
 * details behind it and the decisions people made on it.
 */
public final class ItemResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final ItemGroup group;
    private final Severity severity;
    private final ItemStatus status;
    private final String evidence;
    private final Details details;
    private final ArrayList<Decision> decisions;

    private ItemResult(
            final String id,
            final String title,
            final ItemGroup group,
            final Severity severity,
            final ItemStatus status,
            final String evidence,
            final Details details,
            final List<Decision> decisions) {
        this.id = id;
        this.title = title;
        this.group = group;
        this.severity = severity;
        this.status = status;
        this.evidence = Texts.oneLine(evidence, Texts.MAX_EVIDENCE);
        this.details = details;
        this.decisions = new ArrayList<>(decisions);
    }

    /**
     * Applies an item's severity to what its check found: a FAILED warning-severity item becomes a WARNING.
     *
     * @param item the item
     * @param outcome what its check found
     * @return the result
     */
    public static ItemResult of(final ChecklistItem item, final CheckOutcome outcome) {
        return new ItemResult(
                item.id(),
                item.title(),
                item.group(),
                item.severity(),
                applySeverity(item.severity(), outcome.status()),
                outcome.evidence(),
                outcome.details(),
                List.of());
    }

    private static ItemStatus applySeverity(final Severity severity, final ItemStatus status) {
        if (severity == Severity.WARNING && status == ItemStatus.FAILED) {
            return ItemStatus.WARNING;
        }
        return status;
    }

    /**
     * Returns a copy with a new status and evidence, recording the decision that caused it.
     *
     * @param newStatus the status before the severity applies
     * @param newEvidence the evidence
     * @param decision the decision
     * @return the copy
     */
    ItemResult decided(final ItemStatus newStatus, final String newEvidence, final Decision decision) {
        List<Decision> recorded = new ArrayList<>(decisions);
        recorded.add(decision);
        return new ItemResult(
                id, title, group, severity, applySeverity(severity, newStatus), newEvidence, details, recorded);
    }

    /**
     * Returns a copy with a new status and evidence, e.g. after a sign-off timed out.
     *
     * @param newStatus the status before the severity applies
     * @param newEvidence the evidence
     * @return the copy
     */
    ItemResult withStatus(final ItemStatus newStatus, final String newEvidence) {
        return new ItemResult(
                id, title, group, severity, applySeverity(severity, newStatus), newEvidence, details, decisions);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ItemGroup group() {
        return group;
    }

    public Severity severity() {
        return severity;
    }

    public ItemStatus status() {
        return status;
    }

    public String evidence() {
        return evidence;
    }

    public Details details() {
        return details;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /**
     * Tells whether this item stops the deployment: a blocking item that FAILED or could not be checked.
     *
     * @return {@code true} if it blocks
     */
    public boolean isBlocking() {
        return severity == Severity.BLOCKING && (status == ItemStatus.FAILED || status == ItemStatus.ERROR);
    }

    /**
     * Tells whether this item makes the stage unstable: a WARNING, or a warning-severity item that could not run.
     *
     * @return {@code true} if it warns
     */
    public boolean isWarning() {
        return status == ItemStatus.WARNING || (status == ItemStatus.ERROR && severity == Severity.WARNING);
    }

    public boolean isPending() {
        return status == ItemStatus.PENDING;
    }

    /**
     * Returns the plain map the Pipeline sees for this item.
     *
     * @return id, title, group, severity, status, evidence and, if any, counts and decisions
     */
    public Map<String, Object> toPipelineMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("status", status.name());
        map.put("evidence", evidence);
        map.put("title", title);
        map.put("group", group.name());
        map.put("severity", severity.name());
        if (!details.counts().isEmpty()) {
            map.put("counts", new LinkedHashMap<>(details.counts()));
        }
        if (!details.topFailures().isEmpty()) {
            map.put("topFailures", new ArrayList<>(details.topFailures()));
        }
        if (!decisions.isEmpty()) {
            List<Object> decisionMaps = new ArrayList<>();
            for (Decision decision : decisions) {
                Map<String, Object> decisionMap = new LinkedHashMap<>();
                decisionMap.put("kind", decision.kind().name());
                decisionMap.put("user", decision.userId());
                decisionMap.put("time", decision.time().toString());
                decisionMap.put("comment", decision.comment());
                decisionMaps.add(decisionMap);
            }
            map.put("decisions", decisionMaps);
        }
        return map;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof ItemResult)) {
            return false;
        }
        ItemResult other = (ItemResult) o;
        return id.equals(other.id)
                && title.equals(other.title)
                && group == other.group
                && severity == other.severity
                && status == other.status
                && evidence.equals(other.evidence)
                && details.equals(other.details)
                && decisions.equals(other.decisions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, evidence);
    }

    /** Renders e.g. {@code tests: FAILED — 3 of 120 tests failed}. */
    @Override
    public String toString() {
        return id + ": " + status + " — " + evidence;
    }
}
