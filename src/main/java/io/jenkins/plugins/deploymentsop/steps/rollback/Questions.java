package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.watch.PendingDecision;
import io.jenkins.plugins.deploymentsop.rollback.watch.SeenValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words the questions of the build page's "Deployment Decisions": a manual rule's sustained breach, and the standing
 * "Roll back now" for a person's call.
 */
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

    /**
     * Words the standing question offered for the whole watch: a rollback on a person's word, for what no rule sees
     * (the SOP's manual triggers: a security vulnerability, data corruption, a critical bug, a stakeholder's request).
     *
     * @param settings who may answer, the deployment and the plan
     * @param colors where traffic is and where a rollback sends it
     * @param until the end of the watch window, when the question goes away
     * @return the question with the choices ROLLBACK_NOW (a reason is required) and KEEP (the default at the end)
     */
    static io.jenkins.plugins.deploymentsop.ui.PendingDecision rollbackNow(
            final WatchSettings settings, final LiveColors colors, final Instant until) {
        String details = String.format(
                "For a problem no rule sees: a security vulnerability, data corruption, a critical bug, a"
                        + " stakeholder's request (SOP 001 manual rollback triggers). %s returns all traffic from %s to"
                        + " %s (%s rollback). Give the reason in the comment: it is recorded with your name and the"
                        + " time as the trigger of a P0 incident. The offer ends with the watch at %s.",
                WatchSession.ROLLBACK_NOW,
                colors.live(),
                colors.previous(),
                settings.plan().type().name().toLowerCase(Locale.ROOT),
                until);
        return new io.jenkins.plugins.deploymentsop.ui.PendingDecision(
                settings.key().id() + ":rollback-now",
                "Roll back " + settings.key().service() + " in "
                        + settings.key().environment() + " now?",
                details,
                List.of(WatchSession.ROLLBACK_NOW, Choice.KEEP.name()),
                List.of(WatchSession.ROLLBACK_NOW),
                settings.deciders(),
                settings.deciderGroups(),
                until,
                Choice.KEEP.name());
    }

    /** The id stays the same for one breach, and differs for a later breach of the same rule. */
    private static String id(final WatchSettings settings, final PendingDecision pending) {
        return settings.key().id() + ":rollback:" + pending.ruleId() + ":"
                + pending.detectedAt().getEpochSecond();
    }
}
