package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Failed deployment recovery time: for each change failure, from failure detection (or the end of the deployment
 * when no detection time is known) to service restoration. Failures not restored by the report instant are counted
 * as unrecovered, with the longest time they have been open; the median covers restored failures only.
 */
public final class RecoveryTime {
    private final int failures;
    private final int unrecovered;

    @CheckForNull
    private final Duration longestOpen;

    private final List<String> openFailures;

    @CheckForNull
    private final DurationStatistics statistics;

    @CheckForNull
    private final PerformanceBand band;

    RecoveryTime(
            final int failures,
            final int unrecovered,
            @CheckForNull final Duration longestOpen,
            final List<String> openFailures,
            @CheckForNull final DurationStatistics statistics,
            @CheckForNull final PerformanceBand band) {
        this.failures = failures;
        this.unrecovered = unrecovered;
        this.longestOpen = longestOpen;
        this.openFailures = List.copyOf(openFailures);
        this.statistics = statistics;
        this.band = band;
    }

    /** Whether at least one failure was restored, i.e. a median exists. */
    public boolean hasData() {
        return statistics != null;
    }

    public int getFailures() {
        return failures;
    }

    public int getRecovered() {
        return failures - unrecovered;
    }

    public int getUnrecovered() {
        return unrecovered;
    }

    /** How long the oldest unrecovered failure has been open at the report instant. */
    public Optional<Duration> getLongestOpen() {
        return Optional.ofNullable(longestOpen);
    }

    /** Deployment ids of unrecovered failures, oldest first, at most 20. */
    public List<String> getOpenFailures() {
        return openFailures;
    }

    public Optional<DurationStatistics> getStatistics() {
        return Optional.ofNullable(statistics);
    }

    /** Band of the median recovery time. */
    public Optional<PerformanceBand> getBand() {
        return Optional.ofNullable(band);
    }

    @Override
    public String toString() {
        String recovered = statistics == null ? "no data" : statistics + ", band " + band;
        return unrecovered == 0 ? recovered : recovered + ", " + unrecovered + " unrecovered";
    }
}
