package io.jenkins.plugins.deploymentsop.metrics;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Instant;

/**
 * The time range of a range query that ends at the moment of measuring: the last {@code length}, one point every
 * {@code step}. Statistical judges need such series (one sample per step) for both versions.
 *
 * @param length how far back the range reaches
 * @param step the distance between points
 */
public record RangeWindow(TimeSpan length, TimeSpan step) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a window.
     *
     * @param length how far back the range reaches, greater than 0
     * @param step the distance between points, greater than 0 and at most the length
     */
    public RangeWindow {
        if (length.isZero()) {
            throw new InvalidInputException("window", length.toString(), "a duration greater than 0, e.g. 5m");
        }
        if (step.isZero() || step.compareTo(length) > 0) {
            throw new InvalidInputException(
                    "step", step.toString(), "a duration greater than 0 and at most the window " + length);
        }
        Instant end = Instant.EPOCH.plus(length.toDuration());
        PrometheusClient.checkRange(Instant.EPOCH, end, step);
    }

    /**
     * Returns the number of points a full window holds.
     *
     * @return length / step + 1
     */
    public long points() {
        return length.toMillis() / step.toMillis() + 1;
    }
}
