package io.jenkins.plugins.deploymentsop.rollout;

import java.io.Serializable;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Where a rollout machine is: its phase, reported to the observer from the first tick on, and the outcome in words
 * once it ends. Every change goes through {@link #moveTo}, so the observer hears each phase finish before the next one
 * starts.
 *
 * @param <P> the machine's phases
 */
final class PhaseTrack<P extends Enum<P>> implements Serializable {
    private static final long serialVersionUID = 1L;

    private P phase;
    private boolean started;
    private String reason = "";

    PhaseTrack(final P first) {
        this.phase = first;
    }

    P current() {
        return phase;
    }

    /** The outcome in words once terminal; empty text before. */
    String reason() {
        return reason;
    }

    /**
     * Reports the first phase, on the first call only.
     *
     * @param tools the collaborators
     * @param detail what the first phase will do (asked only then: it may ask the router)
     * @return whether this call started the rollout
     */
    boolean startOnce(final RolloutTools<P> tools, final Supplier<String> detail) {
        if (started) {
            return false;
        }
        started = true;
        tools.events().phaseStarted(phase, tools.now(), detail.get());
        return true;
    }

    void moveTo(final RolloutTools<P> tools, final P next, final String finished, final String starting) {
        Instant now = tools.now();
        tools.events().phaseFinished(phase, now, finished);
        phase = next;
        tools.events().phaseStarted(next, now, starting);
    }

    /**
     * Ends the rollout: the outcome is its reason and closes the current phase and opens the terminal one.
     *
     * @param tools the collaborators
     * @param terminal the terminal phase
     * @param outcome what happened, with what the router serves
     * @return {@link Tick#done()}
     */
    Tick end(final RolloutTools<P> tools, final P terminal, final String outcome) {
        reason = outcome;
        moveTo(tools, terminal, outcome, outcome);
        return Tick.done();
    }

    /**
     * Ends the rollout after reporting the decision to end it.
     *
     * @param tools the collaborators
     * @param terminal the terminal phase
     * @param decision e.g. {@code stop the deployment}
     * @param outcome what happened, with what the router serves
     * @return {@link Tick#done()}
     */
    Tick end(final RolloutTools<P> tools, final P terminal, final String decision, final String outcome) {
        reason = outcome;
        tools.decide(decision, outcome);
        moveTo(tools, terminal, outcome, outcome);
        return Tick.done();
    }

    void require(final P expected) {
        if (phase != expected) {
            throw new IllegalStateException("Expected phase " + expected + " but the rollout is in " + phase);
        }
    }
}
