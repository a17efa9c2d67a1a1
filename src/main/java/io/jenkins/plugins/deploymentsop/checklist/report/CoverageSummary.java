package io.jenkins.plugins.deploymentsop.checklist.report;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Line and branch coverage of one or more reports, summed; remembers which formats contributed.
 *
 * @param line the line counter
 * @param branch the branch counter
 * @param formats the formats read, sorted, e.g. {@code [JaCoCo, LCOV]}
 */
public record CoverageSummary(CoverageCounter line, CoverageCounter branch, Set<String> formats) {
    /** Nothing read yet. */
    public static final CoverageSummary EMPTY =
            new CoverageSummary(CoverageCounter.NONE, CoverageCounter.NONE, Set.of());

    public CoverageSummary {
        formats = Collections.unmodifiableSortedSet(new TreeSet<>(formats));
    }

    /**
     * Creates the summary of a single report.
     *
     * @param line the line counter
     * @param branch the branch counter
     * @param format the format name
     * @return the summary
     */
    public static CoverageSummary of(final CoverageCounter line, final CoverageCounter branch, final String format) {
        return new CoverageSummary(line, branch, Set.of(format));
    }

    /**
     * Sums two summaries (reports of several modules).
     *
     * @param other the other summary
     * @return the sum
     */
    public CoverageSummary plus(final CoverageSummary other) {
        Set<String> all = new TreeSet<>(formats);
        all.addAll(other.formats);
        return new CoverageSummary(line.plus(other.line), branch.plus(other.branch), all);
    }
}
