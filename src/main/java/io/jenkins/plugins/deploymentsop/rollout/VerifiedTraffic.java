package io.jenkins.plugins.deploymentsop.rollout;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.io.Serializable;
import java.util.Optional;

/**
 * What a rollout can vouch the router serves: the colour that was live when it started, the last split read back
 * after a change, and the split being applied at this moment, so that after a restart in the middle of a change the
 * router's answer can be told from a change made by someone else. Every change a rollout makes goes through here and
 * is reported as verified; the router stays the source of truth.
 */
final class VerifiedTraffic implements Serializable {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private Color liveColor;

    @CheckForNull
    private TrafficSplit lastVerified;

    @CheckForNull
    private TrafficSplit pending;

    /**
     * Reads the router and takes the colour serving all traffic as the live one.
     *
     * @param tools the collaborators
     * @param before what an unfinished earlier rollout must be cleaned up before, e.g. {@code deploying}
     * @return why the rollout cannot start; empty once the live colour is known
     */
    Optional<String> readLive(final RolloutTools<?> tools, final String before) {
        TrafficSplit served;
        try {
            served = tools.router().read();
        } catch (RouterException exception) {
            return Optional.of(
                    "Cannot read the live colour from " + tools.router().describe() + ": " + exception.getMessage());
        }
        Optional<Color> sole = served.soleColor();
        if (sole.isEmpty()) {
            return Optional.of("The router serves a mixed split (" + served + "): an earlier rollout did not finish;"
                    + " send all traffic to one colour before " + before + ". Nothing was changed");
        }
        liveColor = sole.get();
        lastVerified = served;
        tools.verified(served, "live split read from the router");
        return Optional.empty();
    }

    /**
     * Changes the router and vouches for the split it reads back.
     *
     * @param tools the collaborators
     * @param target the split to serve
     * @param detail for the observer, e.g. {@code step 2 of 4}
     * @return the split served (verified)
     * @throws RouterException if the change failed: nothing new is vouched for, and the exception tells what the
     *     router serves
     */
    TrafficSplit apply(final RolloutTools<?> tools, final TrafficSplit target, final String detail)
            throws RouterException {
        pending = target;
        TrafficSplit served;
        try {
            served = tools.router().apply(target);
        } finally {
            pending = null;
        }
        lastVerified = served;
        tools.verified(served, detail);
        return served;
    }

    /**
     * Puts the last verified split back, e.g. after a restart found the router serving another one.
     *
     * @param tools the collaborators
     * @param why what was found
     * @param detail for the observer
     * @return the split served (verified)
     * @throws RouterException if that failed
     */
    TrafficSplit restore(final RolloutTools<?> tools, final String why, final String detail) throws RouterException {
        TrafficSplit verified = verified();
        tools.decide("restore the last verified split " + verified, why);
        return apply(tools, verified, detail);
    }

    /**
     * Reads the router after a restart, to compare its answer with what this rollout vouched for. The split that was
     * being applied is forgotten: the interrupted unit of work applies it again, or a restore replaces it.
     *
     * @param router the router
     * @param phaseSplit the split the interrupted phase applies next, if any: the router may have taken it just
     *     before the restart
     * @return what the router serves
     * @throws RouterException if the router cannot be read; {@link #unreadableAfterRestart} words it
     */
    Found afterRestart(final TrafficRouter router, final Optional<TrafficSplit> phaseSplit) throws RouterException {
        TrafficSplit verified = verified();
        TrafficSplit served = router.read();
        TrafficSplit applying = pending;
        pending = null;
        return new Found(served, verified, applying == null ? phaseSplit : Optional.of(applying));
    }

    /**
     * What the router serves after a restart, against what the rollout vouched for.
     *
     * @param served what the router serves
     * @param verified the last split the rollout verified
     * @param inFlight the split the rollout was applying, if any
     */
    record Found(TrafficSplit served, TrafficSplit verified, Optional<TrafficSplit> inFlight) {
        /** Whether the router serves the last verified split or the one being applied. */
        boolean expected() {
            return served.equals(verified) || inFlight.filter(served::equals).isPresent();
        }

        /** Says what was found instead of the expected split. */
        String surprise() {
            return "Resumed after a restart, the router serves " + served + " instead of the last verified "
                    + verified
                    + inFlight.map(split -> " or the split being applied " + split)
                            .orElse("");
        }
    }

    /**
     * Vouches for a split found on the router, e.g. the split being applied when a restart came.
     *
     * @param tools the collaborators
     * @param served the split the router serves
     * @param detail for the observer
     */
    void adopt(final RolloutTools<?> tools, final TrafficSplit served, final String detail) {
        if (!served.equals(lastVerified)) {
            lastVerified = served;
            tools.verified(served, detail);
        }
    }

    /**
     * Says that the router cannot be read after a restart, so what it serves is unknown.
     *
     * @param exception the router's failure
     * @return the reason to stop with
     */
    String unreadableAfterRestart(final RouterException exception) {
        TrafficSplit applying = pending;
        return "Resumed after a restart but cannot read the router: " + exception.getMessage()
                + "; the last verified split was " + lastVerified
                + (applying == null ? "" : " and " + applying + " was being applied")
                + ", what it serves now is UNKNOWN: check the router";
    }

    /** The colour that was live when the rollout started, once read from the router. */
    Optional<Color> liveColor() {
        return Optional.ofNullable(liveColor);
    }

    /**
     * Returns the colour that was live when the rollout started.
     *
     * @return the colour
     * @throws IllegalStateException before the router was read
     */
    Color live() {
        Color color = liveColor;
        if (color == null) {
            throw new IllegalStateException("The live colour is not known yet: the router was not read");
        }
        return color;
    }

    /** The last split read back from the router after a change (the split the rollout vouches for). */
    Optional<TrafficSplit> lastVerified() {
        return Optional.ofNullable(lastVerified);
    }

    private TrafficSplit verified() {
        TrafficSplit verified = lastVerified;
        if (verified == null) {
            throw new IllegalStateException("No split was verified yet: the router was not read");
        }
        return verified;
    }

    /** The last verified split in words, e.g. {@code router serves blue 100% / green 0%}. */
    String servesText() {
        TrafficSplit verified = lastVerified;
        return verified == null ? "router not read" : "router serves " + verified;
    }

    /** The last verified split, or {@code (router not read)}. */
    String splitText() {
        TrafficSplit verified = lastVerified;
        return verified == null ? "(router not read)" : verified.toString();
    }

    /**
     * Says in which state a failed change left the router.
     *
     * @param exception the router's failure
     * @return e.g. {@code the router still serves blue 100% / green 0%}
     */
    String stateAfter(final RouterException exception) {
        return exception.getOutcome() == RouterException.Outcome.UNKNOWN
                ? "the traffic split is UNKNOWN"
                : "the router still serves " + splitText();
    }

    /**
     * Adds a warning when a failed change left the router in an unknown state.
     *
     * @param exception the router's failure
     * @return {@code ; the traffic split is UNKNOWN} or empty text
     */
    static String unknownNote(final RouterException exception) {
        return exception.getOutcome() == RouterException.Outcome.UNKNOWN ? "; the traffic split is UNKNOWN" : "";
    }
}
