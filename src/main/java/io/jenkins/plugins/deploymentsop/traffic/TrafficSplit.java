package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * How the traffic is divided between blue and green: two weights that always add up to exactly 100%.
 * Immutable and serializable, so a rollout can persist the last split it verified.
 */
public final class TrafficSplit implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Percentage blue;
    private final Percentage green;

    private TrafficSplit(final Percentage blue, final Percentage green) {
        this.blue = blue;
        this.green = green;
    }

    /**
     * Creates a split from both weights.
     *
     * @param blue the share of blue
     * @param green the share of green
     * @return the split
     * @throws InvalidInputException if the weights do not add up to 100%
     */
    public static TrafficSplit of(final Percentage blue, final Percentage green) {
        if (!blue.complement().equals(green)) {
            throw new InvalidInputException(
                    "trafficSplit",
                    String.format("blue %s + green %s", blue, green),
                    "weights that add up to exactly 100%");
        }
        return new TrafficSplit(blue, green);
    }

    /**
     * Creates a split from both weights given as numbers from 0 to 100.
     *
     * @param blue the share of blue in percent
     * @param green the share of green in percent
     * @return the split
     * @throws InvalidInputException if a weight is out of range or the two do not add up to 100
     */
    public static TrafficSplit of(final double blue, final double green) {
        return of(Percentage.of("blue", blue), Percentage.of("green", green));
    }

    /**
     * Sends all traffic to one colour.
     *
     * @param color the colour that gets 100%
     * @return the split
     */
    public static TrafficSplit allOn(final Color color) {
        return color == Color.BLUE
                ? new TrafficSplit(Percentage.HUNDRED, Percentage.ZERO)
                : new TrafficSplit(Percentage.ZERO, Percentage.HUNDRED);
    }

    /**
     * Gives one colour a share and the other colour the rest, e.g. a traffic step of 10% on green.
     *
     * @param color the colour that gets {@code share}
     * @param share its share
     * @return the split
     */
    public static TrafficSplit withShare(final Color color, final Percentage share) {
        return color == Color.BLUE
                ? new TrafficSplit(share, share.complement())
                : new TrafficSplit(share.complement(), share);
    }

    public Percentage weight(final Color color) {
        return color == Color.BLUE ? blue : green;
    }

    public Percentage blue() {
        return blue;
    }

    public Percentage green() {
        return green;
    }

    /**
     * Returns the colour that gets all traffic, if one does.
     *
     * @return the colour at 100%, or empty for a mixed split
     */
    public Optional<Color> soleColor() {
        if (blue.isFull()) {
            return Optional.of(Color.BLUE);
        }
        if (green.isFull()) {
            return Optional.of(Color.GREEN);
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof TrafficSplit
                && ((TrafficSplit) o).blue.equals(blue)
                && ((TrafficSplit) o).green.equals(green);
    }

    @Override
    public int hashCode() {
        return Objects.hash(blue, green);
    }

    /** Renders the split for logs and messages, e.g. {@code blue 90% / green 10%}. */
    @Override
    public String toString() {
        return "blue " + blue + " / green " + green;
    }
}
