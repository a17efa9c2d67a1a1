package io.jenkins.plugins.deploymentsop.dora;

import java.time.Duration;
import java.util.Objects;

/** Median and 90th percentile of a non-empty sample of durations (linear interpolation between ranks). */
public final class DurationStatistics {
    private final int count;
    private final Duration median;
    private final Duration p90;

    DurationStatistics(final int count, final Duration median, final Duration p90) {
        this.count = count;
        this.median = median;
        this.p90 = p90;
    }

    /** Number of values in the sample, at least 1. */
    public int getCount() {
        return count;
    }

    public Duration getMedian() {
        return median;
    }

    public Duration getP90() {
        return p90;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DurationStatistics)) {
            return false;
        }
        DurationStatistics other = (DurationStatistics) o;
        return count == other.count && median.equals(other.median) && p90.equals(other.p90);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, median, p90);
    }

    @Override
    public String toString() {
        return String.format("median %s, p90 %s (n=%d)", median, p90, count);
    }
}
