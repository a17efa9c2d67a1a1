package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Optional;

/**
 * Lead time for changes: from commit time to the end of the commit's first successful production deployment, one
 * value per commit. Commits stamped after their deployment (clock skew, rewritten history) are skipped and counted.
 */
public final class LeadTime {
    private final int skippedCommits;

    @CheckForNull
    private final DurationStatistics statistics;

    @CheckForNull
    private final PerformanceBand band;

    LeadTime(
            final int skippedCommits,
            @CheckForNull final DurationStatistics statistics,
            @CheckForNull final PerformanceBand band) {
        this.skippedCommits = skippedCommits;
        this.statistics = statistics;
        this.band = band;
    }

    public boolean hasData() {
        return statistics != null;
    }

    /** Number of commits measured. */
    public int getCommits() {
        return statistics == null ? 0 : statistics.getCount();
    }

    /** Commits whose commit time lies after their deployment: not measured. */
    public int getSkippedCommits() {
        return skippedCommits;
    }

    public Optional<DurationStatistics> getStatistics() {
        return Optional.ofNullable(statistics);
    }

    /** Band of the median lead time. */
    public Optional<PerformanceBand> getBand() {
        return Optional.ofNullable(band);
    }

    @Override
    public String toString() {
        return statistics == null ? "no data" : statistics + ", band " + band;
    }
}
