package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The evaluated checklist of one deployment: every item's result and the sign-off state of manual items.
 * Immutable: {@link #apply(Decision)} and {@link #timeOut(Instant)} return the next state, which the glue persists.
 */
public final class ChecklistResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<ItemResult> items;
    private final LinkedHashMap<String, ManualGate> gates;
    private final Approvers waivers;
    private final Instant evaluatedAt;

    /**
     * Creates a result.
     *
     * @param items the item results in checklist order
     * @param gates the sign-off state of the manual items, by item id
     * @param waivers who may waive failed automated items
     * @param evaluatedAt when the automated checks ran
     */
    public ChecklistResult(
            final List<ItemResult> items,
            final Map<String, ManualGate> gates,
            final Approvers waivers,
            final Instant evaluatedAt) {
        this.items = new ArrayList<>(items);
        this.gates = new LinkedHashMap<>(gates);
        this.waivers = waivers;
        this.evaluatedAt = evaluatedAt;
    }

    public List<ItemResult> items() {
        return List.copyOf(items);
    }

    public Optional<ItemResult> item(final String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    public Optional<ManualGate> gate(final String id) {
        return Optional.ofNullable(gates.get(id));
    }

    public Approvers waivers() {
        return waivers;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    /**
     * Tells whether the deployment may go ahead: no blocking item FAILED or ERROR, and nothing PENDING.
     *
     * @return {@code true} if the checklist passed
     */
    public boolean passed() {
        return items.stream().noneMatch(item -> item.isBlocking() || item.isPending());
    }

    /**
     * Tells whether no item waits for a person any more.
     *
     * @return {@code true} if complete
     */
    public boolean isComplete() {
        return items.stream().noneMatch(ItemResult::isPending);
    }

    /**
     * Tells whether the result is final even if items are still pending: a blocking item failed.
     *
     * @return {@code true} if some blocking item failed or could not run
     */
    public boolean hasBlockingFailures() {
        return items.stream().anyMatch(ItemResult::isBlocking);
    }

    public List<ItemResult> blockingFailures() {
        return items.stream().filter(ItemResult::isBlocking).collect(Collectors.toList());
    }

    public List<ItemResult> warnings() {
        return items.stream().filter(ItemResult::isWarning).collect(Collectors.toList());
    }

    public List<ItemResult> pending() {
        return items.stream().filter(ItemResult::isPending).collect(Collectors.toList());
    }

    /**
     * Returns when the next pending sign-off times out, so the glue knows when to look again.
     *
     * @return the earliest deadline of a waiting gate
     */
    public Optional<Instant> nextDeadline() {
        return gates.values().stream()
                .filter(gate -> gate.phase() == ManualGate.Phase.WAITING)
                .map(ManualGate::deadline)
                .min(Instant::compareTo);
    }

    /**
     * Applies a person's decision.
     *
     * @param decision the decision
     * @return the next state
     * @throws DecisionRefusedException if the item is unknown, the user not allowed or the decision does not fit
     */
    public ChecklistResult apply(final Decision decision) {
        int index = indexOf(decision.itemId());
        ItemResult current = items.get(index);
        ManualGate gate = gates.get(current.id());
        ItemResult next;
        LinkedHashMap<String, ManualGate> nextGates = new LinkedHashMap<>(gates);
        if (gate != null) {
            ManualGate decided = gate.apply(decision);
            nextGates.put(current.id(), decided);
            next = current.decided(decided.status(), decided.evidence(), decision);
        } else {
            next = waiveAutomated(current, decision);
        }
        ArrayList<ItemResult> nextItems = new ArrayList<>(items);
        nextItems.set(index, next);
        return new ChecklistResult(nextItems, nextGates, waivers, evaluatedAt);
    }

    private ItemResult waiveAutomated(final ItemResult current, final Decision decision) {
        if (decision.kind() != DecisionKind.WAIVE) {
            throw new DecisionRefusedException(String.format(
                    "Item '%s' is checked automatically: it cannot be %s, only waived with a reason",
                    current.id(), decision.kind() == DecisionKind.CONFIRM ? "confirmed" : "rejected"));
        }
        if (!waivers.isAllowed(decision.userId(), decision.groups())) {
            throw new DecisionRefusedException(String.format(
                    "User '%s' may not waive item '%s' (allowed: %s)", decision.userId(), current.id(), waivers));
        }
        ItemStatus status = current.status();
        if (status != ItemStatus.FAILED && status != ItemStatus.ERROR && status != ItemStatus.WARNING) {
            throw new DecisionRefusedException(
                    String.format("Item '%s' is %s: only a failed item can be waived", current.id(), status));
        }
        String evidence = String.format(
                "Waived by %s at %s: %s (was %s: %s)",
                decision.userId(), decision.time(), decision.comment(), status, current.evidence());
        return current.decided(ItemStatus.WAIVED, evidence, decision);
    }

    private int indexOf(final String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new DecisionRefusedException(String.format(
                "No item '%s' in this checklist (items: %s)",
                id, items.stream().map(ItemResult::id).collect(Collectors.joining(", "))));
    }

    /**
     * Fails every sign-off whose deadline has passed.
     *
     * @param now the current time
     * @return the next state (this one if nothing timed out)
     */
    public ChecklistResult timeOut(final Instant now) {
        boolean changed = false;
        ArrayList<ItemResult> nextItems = new ArrayList<>(items);
        LinkedHashMap<String, ManualGate> nextGates = new LinkedHashMap<>(gates);
        for (int i = 0; i < nextItems.size(); i++) {
            ItemResult item = nextItems.get(i);
            ManualGate gate = gates.get(item.id());
            if (gate != null) {
                ManualGate checked = gate.timeOutIfDue(now);
                if (checked != gate) {
                    nextGates.put(item.id(), checked);
                    nextItems.set(i, item.withStatus(checked.status(), checked.evidence()));
                    changed = true;
                }
            }
        }
        return changed ? new ChecklistResult(nextItems, nextGates, waivers, evaluatedAt) : this;
    }

    /**
     * Counts the items per status in one line, e.g. {@code 12 items: 9 passed, 1 waived, 1 warning, 1 failed}.
     *
     * @return the summary
     */
    public String summary() {
        Map<ItemStatus, Long> counts = new LinkedHashMap<>();
        for (ItemStatus status : ItemStatus.values()) {
            long count = items.stream().filter(item -> item.status() == status).count();
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return Texts.count(items.size(), "item", "items")
                + (counts.isEmpty() ? "" : ": ")
                + counts.entrySet().stream()
                        .map(entry ->
                                entry.getValue() + " " + entry.getKey().name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", "));
    }

    /**
     * Returns the message for the build log: the failed blocking items with their evidence, what is still pending,
     * or that the checklist passed.
     *
     * @return the message, starting {@code Pre-deployment checklist}
     */
    public String message() {
        return message("Pre-deployment checklist");
    }

    /**
     * Returns the message for the build log, naming the checklist as given.
     *
     * @param title how the message names the checklist, e.g. {@code Checklist 'operations-handoff'}
     * @return the message
     */
    public String message(final String title) {
        List<ItemResult> blocking = blockingFailures();
        List<ItemResult> waiting = pending();
        StringBuilder text = new StringBuilder();
        if (blocking.isEmpty() && waiting.isEmpty()) {
            text.append(title).append(" passed (").append(summary()).append(')');
        } else {
            text.append(title)
                    .append(' ')
                    .append(blocking.isEmpty() ? "is not complete" : "failed")
                    .append(" (")
                    .append(summary())
                    .append(')');
        }
        if (!blocking.isEmpty()) {
            text.append("; blocking: ")
                    .append(blocking.stream()
                            .map(item -> item.id() + " (" + item.status() + ": " + item.evidence() + ")")
                            .collect(Collectors.joining("; ")));
        }
        if (!waiting.isEmpty()) {
            text.append("; waiting for: ")
                    .append(waiting.stream().map(ItemResult::id).collect(Collectors.joining(", ")));
        }
        List<ItemResult> warned = warnings();
        if (!warned.isEmpty()) {
            text.append("; warnings: ")
                    .append(warned.stream().map(ItemResult::id).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    /**
     * Returns the value the Pipeline step returns: {@code [passed: bool, items: [[id:, status:, evidence:, ...]]]},
     * built from plain maps, lists, strings and booleans only.
     *
     * @return the map
     */
    public Map<String, Object> toPipelineMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("passed", passed());
        List<Object> itemMaps = new ArrayList<>();
        for (ItemResult item : items) {
            itemMaps.add(item.toPipelineMap());
        }
        map.put("items", itemMaps);
        return map;
    }

    @Override
    public String toString() {
        return message();
    }
}
