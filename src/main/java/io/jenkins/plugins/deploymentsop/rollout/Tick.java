package io.jenkins.plugins.deploymentsop.rollout;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * What the caller of a rollout machine does next: tick again at a time, run the deployment body, or stop.
 *
 * @param kind what to do
 * @param atTime when to tick again, for {@link Kind#TICK_AT}; otherwise {@link Instant#EPOCH}
 */
public record Tick(Kind kind, Instant atTime) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the caller does next. */
    public enum Kind {
        /** Call {@code tick} again at {@link #at()} (now or later). */
        TICK_AT,
        /** Run the deployment body, then report {@code bodySucceeded} or {@code bodyFailed}. */
        RUN_BODY,
        /** The rollout reached a terminal phase. */
        DONE
    }

    public static Tick at(final Instant time) {
        return new Tick(Kind.TICK_AT, time);
    }

    public static Tick runBody() {
        return new Tick(Kind.RUN_BODY, Instant.EPOCH);
    }

    public static Tick done() {
        return new Tick(Kind.DONE, Instant.EPOCH);
    }

    /**
     * Returns when to tick again.
     *
     * @return the time, for {@link Kind#TICK_AT} only
     */
    public Optional<Instant> at() {
        return kind == Kind.TICK_AT ? Optional.of(atTime) : Optional.empty();
    }

    public boolean isDone() {
        return kind == Kind.DONE;
    }
}
