package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.ChecklistResult;
import io.jenkins.plugins.deploymentsop.checklist.Decision;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.ItemResult;
import io.jenkins.plugins.deploymentsop.checklist.Link;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the checklist's state goes into the deployment record: one entry per item, decisions as approvals. */
final class ChecklistRecords {
    static final String STEP = "preDeployChecklist";
    static final String PHASE = "CHECKLIST";

    private ChecklistRecords() {}

    /**
     * Converts the items into record entries.
     *
     * @param result the checklist's state
     * @return one entry per item, in checklist order
     */
    static List<ChecklistEntry> entries(final ChecklistResult result) {
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ItemResult item : result.items()) {
            entries.add(entry(item));
        }
        return entries;
    }

    private static ChecklistEntry entry(final ItemResult item) {
        Details details = item.details();
        Map<String, String> facts = new LinkedHashMap<>();
        details.counts().forEach((name, count) -> facts.put(name, String.valueOf(count)));
        if (!details.topFailures().isEmpty()) {
            facts.put("topFailures", String.join("\n", details.topFailures()));
        }
        if (!details.output().isEmpty()) {
            facts.put("output", String.join("\n", details.output()));
        }
        List<String> links = new ArrayList<>();
        for (Link link : details.links()) {
            links.add(link.url());
        }
        return new ChecklistEntry(
                item.id(),
                item.title(),
                item.group().name(),
                item.severity().name(),
                item.status().name(),
                item.evidence(),
                facts,
                links);
    }

    /**
     * Records a person's decision.
     *
     * @param checklist the checklist's name
     * @param decision the decision
     * @return the approval, naming the item by its {@link ChecklistEntry#qualifiedId(String, String) qualified id}
     */
    static Approval approval(final String checklist, final Decision decision) {
        return new Approval(
                ChecklistEntry.qualifiedId(checklist, decision.itemId()),
                decision.kind().name(),
                decision.userId(),
                decision.comment(),
                decision.time());
    }

    static TimelineEntry timeline(final Instant at, final TimelineEntry.Status status, final String message) {
        return new TimelineEntry(at, STEP, PHASE, status, message);
    }
}
