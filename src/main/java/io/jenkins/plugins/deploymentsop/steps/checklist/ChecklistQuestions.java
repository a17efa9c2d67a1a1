package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.Approvers;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistResult;
import io.jenkins.plugins.deploymentsop.checklist.DecisionKind;
import io.jenkins.plugins.deploymentsop.checklist.ItemResult;
import io.jenkins.plugins.deploymentsop.checklist.ManualGate;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions the checklist asks on the build's "Deployment Decisions" page while it waits: every waiting sign-off
 * (Confirm or Reject; at the deadline it fails), and — while anything waits — every failed blocking automated item
 * (Waive with a reason, or Reject to stop the deployment now).
 */
final class ChecklistQuestions {
    static final String CONFIRM = DecisionKind.CONFIRM.name();
    static final String REJECT = DecisionKind.REJECT.name();
    static final String WAIVE = DecisionKind.WAIVE.name();
    private static final String SEPARATOR = ":checklist:";

    private ChecklistQuestions() {}

    /**
     * Names the decision of an item, unique within the build.
     *
     * @param key the deployment
     * @param checklist the checklist's name
     * @param itemId the item
     * @return e.g. {@code shop@production:checklist:tech-lead-approval}, or for another checklist than the
     *     pre-deployment one {@code shop@production:checklist:operations-handoff:on-call-briefed}
     */
    static String decisionId(final DeploymentKey key, final String checklist, final String itemId) {
        return key.id() + SEPARATOR + ChecklistEntry.qualifiedId(checklist, itemId);
    }

    /**
     * Finds the item of a decision id.
     *
     * @param key the deployment
     * @param checklist the checklist's name
     * @param decisionId the decision id
     * @return the item id, if the decision belongs to this checklist
     */
    static Optional<String> itemId(final DeploymentKey key, final String checklist, final String decisionId) {
        String prefix = decisionId(key, checklist, "");
        if (!decisionId.startsWith(prefix)) {
            return Optional.empty();
        }
        String itemId = decisionId.substring(prefix.length());
        return itemId.isEmpty() || itemId.contains(":") ? Optional.empty() : Optional.of(itemId);
    }

    /**
     * Lists the questions for the current state.
     *
     * @param key the deployment
     * @param checklist the checklist's name
     * @param result the checklist's state
     * @return the questions; empty when nothing waits
     */
    static List<PendingDecision> of(final DeploymentKey key, final String checklist, final ChecklistResult result) {
        List<PendingDecision> questions = new ArrayList<>();
        Optional<Instant> lastDeadline = result.pending().stream()
                .map(item -> result.gate(item.id()))
                .flatMap(Optional::stream)
                .map(ManualGate::deadline)
                .max(Instant::compareTo);
        if (lastDeadline.isEmpty()) {
            return questions;
        }
        for (ItemResult item : result.items()) {
            Optional<ManualGate> gate = result.gate(item.id());
            if (gate.isPresent() && gate.get().phase() == ManualGate.Phase.WAITING) {
                questions.add(signOff(key, checklist, item, gate.get()));
            } else if (gate.isEmpty() && item.isBlocking()) {
                questions.add(waiver(key, checklist, item, result.waivers(), lastDeadline.get()));
            }
        }
        return questions;
    }

    private static PendingDecision signOff(
            final DeploymentKey key, final String checklist, final ItemResult item, final ManualGate gate) {
        Approvers approvers = gate.policy().approvers();
        String instructions = gate.policy().instructions();
        return new PendingDecision(
                decisionId(key, checklist, item.id()),
                "Sign off '" + item.title() + "' (" + where(key, checklist) + ")",
                instructions.isBlank() ? item.evidence() : instructions,
                List.of(CONFIRM, REJECT),
                List.of(),
                List.copyOf(approvers.users()),
                List.copyOf(approvers.groups()),
                gate.deadline(),
                REJECT);
    }

    private static PendingDecision waiver(
            final DeploymentKey key,
            final String checklist,
            final ItemResult item,
            final Approvers waivers,
            final Instant deadline) {
        return new PendingDecision(
                decisionId(key, checklist, item.id()),
                "Waive failed item '" + item.title() + "' (" + where(key, checklist) + ")?",
                item.status() + ": " + item.evidence() + " (Waive needs a reason; Reject stops the deployment now)",
                List.of(WAIVE, REJECT),
                List.of(WAIVE),
                List.copyOf(waivers.users()),
                List.copyOf(waivers.groups()),
                deadline,
                REJECT);
    }

    private static String where(final DeploymentKey key, final String checklist) {
        return ChecklistEntry.DEFAULT_CHECKLIST.equals(checklist) ? key.id() : key.id() + ", checklist " + checklist;
    }
}
