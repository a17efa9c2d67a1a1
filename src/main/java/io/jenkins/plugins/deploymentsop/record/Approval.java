package io.jenkins.plugins.deploymentsop.record;

import java.time.Instant;

/**
 * A decision a person made: a sign-off, a rejection, a waiver, a promotion, a rollback decision.
 *
 * @param itemId what was decided on, e.g. a checklist item id or {@code canary-step-2}
 * @param decision e.g. CONFIRM, REJECT, WAIVE, PROMOTE, ABORT, ROLLBACK, KEEP
 * @param userId who decided ({@code SYSTEM} for a timeout default)
 * @param comment the reason or comment given
 * @param at when
 */
public record Approval(String itemId, String decision, String userId, String comment, Instant at) {}
