package io.jenkins.plugins.deploymentsop.rollback.watch;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Optional;

/**
 * What the caller has to do after a tick: nothing yet, roll back now, show a pending decision, or finish; for a
 * restored version: finish as unhealthy.
 */
public final class WatchDecision {
    /** The kind of decision. */
    public enum Kind {
        /** Keep watching. */
        NONE,
        /** Roll back now; {@link #trigger()} says why. */
        ROLLBACK_NOW,
        /** A person decides; {@link #pending()} has the rule, the deadline and the default. */
        AWAITING_DECISION,
        /** A restored version breached a rule; {@link #trigger()} says which. Nothing is left to roll back to. */
        UNHEALTHY,
        /** The window ended without a rollback. */
        PASSED
    }

    private final Kind kind;

    @CheckForNull
    private final Trigger trigger;

    @CheckForNull
    private final PendingDecision pending;

    private WatchDecision(
            final Kind kind, @CheckForNull final Trigger trigger, @CheckForNull final PendingDecision pending) {
        this.kind = kind;
        this.trigger = trigger;
        this.pending = pending;
    }

    static WatchDecision none() {
        return new WatchDecision(Kind.NONE, null, null);
    }

    static WatchDecision passed() {
        return new WatchDecision(Kind.PASSED, null, null);
    }

    static WatchDecision rollbackNow(final Trigger trigger) {
        return new WatchDecision(Kind.ROLLBACK_NOW, trigger, null);
    }

    static WatchDecision unhealthy(final Trigger trigger) {
        return new WatchDecision(Kind.UNHEALTHY, trigger, null);
    }

    static WatchDecision awaiting(final PendingDecision pending) {
        return new WatchDecision(Kind.AWAITING_DECISION, null, pending);
    }

    public Kind kind() {
        return kind;
    }

    /** Returns why to roll back, present for {@link Kind#ROLLBACK_NOW}, or the breach of {@link Kind#UNHEALTHY}. */
    public Optional<Trigger> trigger() {
        return Optional.ofNullable(trigger);
    }

    /** Returns the pending decision, present for {@link Kind#AWAITING_DECISION}. */
    public Optional<PendingDecision> pending() {
        return Optional.ofNullable(pending);
    }

    @Override
    public String toString() {
        if (trigger != null) {
            return kind + ": " + trigger;
        }
        if (pending != null) {
            return kind + ": " + pending;
        }
        return kind.name();
    }
}
