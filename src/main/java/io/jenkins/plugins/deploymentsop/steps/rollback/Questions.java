package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.watch.PendingDecision;
import io.jenkins.plugins.deploymentsop.rollback.watch.SeenValue;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a manual rule's sustained breach into the question of the build page's "Deployment Decisions". */
final class Questions {
    private Questions() {}

    /**
     * Words the question.
     *
     * @param settings who may answer, and the deployment
     * @param pending the breach waiting for a person
     * @return the question with the choices ROLLBACK and KEEP and the rule's default at the deadline
     */
    static io.jenkins.plugins.deploymentsop.ui.PendingDecision of(
            final WatchSettings settings, final PendingDecision pending) {
        String values = pending.valuesSeen().stream().map(SeenValue::text).collect(Collectors.joining(", "));
        String details = String.format(
                "%s breached %s: %s. Values seen: %s. Detected at %s; at %s, %s applies.",
                pending.severity(),
                pending.ruleId(),
                pending.reason(),
                values.isEmpty() ? "none" : values,
                pending.detectedAt(),
                pending.deadline(),
                pending.onTimeout().name().toLowerCase(Locale.ROOT));
        return new io.jenkins.plugins.deploymentsop.ui.PendingDecision(
                id(settings, pending),
                "Roll back " + settings.key().service() + " in "
                        + settings.key().environment() + "? (" + pending.severity() + " " + pending.ruleId() + ")",
                details,
                List.of(Choice.ROLLBACK.name(), Choice.KEEP.name()),
                List.of(),
                settings.deciders(),
                settings.deciderGroups(),
                pending.deadline(),
                pending.onTimeout().name());
    }

    /** The id stays the same for one breach, and differs for a later breach of the same rule. */
    private static String id(final WatchSettings settings, final PendingDecision pending) {
        return settings.key().id() + ":rollback:" + pending.ruleId() + ":"
                + pending.detectedAt().getEpochSecond();
    }
}
