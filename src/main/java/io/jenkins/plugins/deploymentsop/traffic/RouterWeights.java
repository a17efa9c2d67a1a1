package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The integer weights a load balancer uses for a split. Whole percentages stay readable ({@code 90} and {@code 10});
 * finer splits are reduced to the smallest exact pair, or rounded when the server's largest weight is too small.
 *
 * @param blue the weight of blue, 0 or more
 * @param green the weight of green, 0 or more
 */
public record RouterWeights(int blue, int green) {
    private static final int HUNDREDTHS = 10_000;

    /**
     * Creates the weights, rejecting negative numbers.
     *
     * @param blue the weight of blue
     * @param green the weight of green
     */
    public RouterWeights {
        if (blue < 0 || green < 0) {
            throw new IllegalArgumentException(
                    String.format("Weights must not be negative: blue=%d, green=%d", blue, green));
        }
    }

    /**
     * Converts a split to weights a server accepts.
     *
     * @param split the split
     * @param maxWeight the largest weight the server accepts, at least 100
     * @return the weights, exact when the server's range allows it
     */
    public static RouterWeights forSplit(final TrafficSplit split, final int maxWeight) {
        int blue = hundredths(split.blue());
        int green = HUNDREDTHS - blue;
        if (blue % 100 == 0) {
            return new RouterWeights(blue / 100, green / 100);
        }
        int divisor = BigInteger.valueOf(blue).gcd(BigInteger.valueOf(green)).intValue();
        if (blue / divisor <= maxWeight && green / divisor <= maxWeight) {
            return new RouterWeights(blue / divisor, green / divisor);
        }
        int scaledBlue = (int) Math.round((double) blue * maxWeight / HUNDREDTHS);
        return new RouterWeights(scaledBlue, maxWeight - scaledBlue);
    }

    /**
     * Converts the weights back to a split, rounding to hundredths of a percent.
     *
     * @return the split, or empty if both weights are 0 (the server would serve nothing)
     */
    public Optional<TrafficSplit> toSplit() {
        long total = (long) blue + green;
        if (total == 0) {
            return Optional.empty();
        }
        long blueHundredths = Math.round((double) blue * HUNDREDTHS / total);
        Percentage bluePercentage = Percentage.of(blueHundredths / 100.0);
        return Optional.of(TrafficSplit.of(bluePercentage, bluePercentage.complement()));
    }

    /**
     * Tells whether two weight pairs divide traffic in the same proportion, e.g. 9/1 and 90/10.
     *
     * @param other the other weights
     * @return {@code true} if both serve traffic and in the same proportion
     */
    public boolean isProportionalTo(final RouterWeights other) {
        boolean bothServe = (long) blue + green > 0 && (long) other.blue + other.green > 0;
        return bothServe && (long) blue * other.green == (long) other.blue * green;
    }

    public int weight(final Color color) {
        return color == Color.BLUE ? blue : green;
    }

    private static int hundredths(final Percentage percentage) {
        return (int) Math.round(percentage.doubleValue() * 100);
    }
}
