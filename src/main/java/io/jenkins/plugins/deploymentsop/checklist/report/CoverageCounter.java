package io.jenkins.plugins.deploymentsop.checklist.report;

import java.io.Serializable;

/**
 * Covered items out of a total (lines or branches). A total of 0 means "no data" (a report without branches, an
 * empty report), which is not the same as 0% coverage.
 *
 * @param covered the covered items
 * @param total all items
 */
public record CoverageCounter(long covered, long total) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No data. */
    public static final CoverageCounter NONE = new CoverageCounter(0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if covered exceeds total or either is negative
     */
    public CoverageCounter {
        if (covered < 0 || total < covered) {
            throw new IllegalArgumentException(String.format(
                    "A coverage counter needs 0 <= covered <= total: covered=%d, total=%d", covered, total));
        }
    }

    public boolean hasData() {
        return total > 0;
    }

    public long missed() {
        return total - covered;
    }

    /**
     * Returns the exact percentage (no rounding: 79.996% is below 80%).
     *
     * @return covered / total × 100, or NaN without data
     */
    public double percentage() {
        return hasData() ? 100.0 * covered / total : Double.NaN;
    }

    public CoverageCounter plus(final CoverageCounter other) {
        return new CoverageCounter(covered + other.covered, total + other.total);
    }
}
