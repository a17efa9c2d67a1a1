package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Optional;

/** A check with a preset outcome, for tests of the model and the evaluator. */
class FixedCheck implements Check {
    private static final long serialVersionUID = 1L;

    private final CheckOutcome outcome;

    FixedCheck(final CheckOutcome outcome) {
        this.outcome = outcome;
    }

    static ChecklistItem item(final String id, final Severity severity, final CheckOutcome outcome) {
        return new ChecklistItem(
                id, "Title of " + id, ItemGroup.CODE_QUALITY, severity, new FixedCheck(outcome), "test");
    }

    static ChecklistItem manual(final String id, final Approvers approvers) {
        return new ChecklistItem(
                id, "Sign-off " + id, ItemGroup.APPROVALS, Severity.BLOCKING, new Manual(approvers), "test");
    }

    @Override
    public String type() {
        return "fixed";
    }

    @Override
    public CheckOutcome evaluate(final CheckContext context) {
        return outcome;
    }

    /** A manual item waiting 24 hours for the given approvers. */
    static final class Manual implements Check {
        private static final long serialVersionUID = 1L;

        private final Approvers approvers;

        Manual(final Approvers approvers) {
            this.approvers = approvers;
        }

        @Override
        public String type() {
            return "manual";
        }

        @Override
        public CheckOutcome evaluate(final CheckContext context) {
            return CheckOutcome.pending("waiting");
        }

        @Override
        public Optional<ManualPolicy> manualPolicy() {
            return Optional.of(new ManualPolicy(approvers, TimeSpan.ofMinutes(24 * 60), "Confirm the runbook review"));
        }
    }
}
