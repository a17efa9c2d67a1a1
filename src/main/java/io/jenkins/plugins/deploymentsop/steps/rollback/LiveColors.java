package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.Optional;

/**
 * Which colour serves the release and which one a rollback returns to, from what the router serves when watching
 * starts: the live colour is the one at 100%, the previous colour the other one, unless {@code previousColor} says.
 * A plain class, not a record: Pipeline keeps it in the step's state.
 */
final class LiveColors implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Color live;
    private final Color previous;

    private LiveColors(final Color live, final Color previous) {
        this.live = live;
        this.previous = previous;
    }

    /**
     * Reads the colours from the router's split.
     *
     * @param split what the router serves
     * @param previousColor the colour given by {@code previousColor:}, if any
     * @return the colours
     * @throws InvalidInputException if the split is mixed without {@code previousColor}, or all traffic is on it
     */
    static LiveColors of(final TrafficSplit split, final Optional<Color> previousColor) {
        if (previousColor.isPresent()) {
            Color previous = previousColor.get();
            if (split.soleColor().equals(Optional.of(previous))) {
                throw new InvalidInputException(
                        "previousColor",
                        previous.id(),
                        "the colour to roll back to, which must not serve all traffic already: the router serves "
                                + split);
            }
            return new LiveColors(previous.other(), previous);
        }
        Color live = split.soleColor()
                .orElseThrow(() -> new InvalidInputException(
                        "previousColor",
                        "",
                        "blue or green: the router serves a mixed split (" + split
                                + "), so say which colour a rollback returns to"));
        return new LiveColors(live, live.other());
    }

    /** Returns the colour of the release being watched. */
    Color live() {
        return live;
    }

    /** Returns the colour a rollback sends all traffic to. */
    Color previous() {
        return previous;
    }

    @Override
    public String toString() {
        return "live " + live + ", previous " + previous;
    }
}
