package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Computes the five metrics of one scope over one period from its {@link ScopeSeries}. */
final class MetricsComputer {
    /** Most incident ids and open failures listed per metric; the counts are always complete. */
    static final int MAX_LISTED = 20;

    static final long DAY = 86_400_000L;
    static final long WEEK = 7 * DAY;

    private final DeploymentTable table;
    private final BandThresholds thresholds;
    private final long reportEnd;
    private final Quantiles quantiles = new Quantiles();

    MetricsComputer(final DeploymentTable table, final BandThresholds thresholds, final long reportEnd) {
        this.table = table;
        this.thresholds = thresholds;
        this.reportEnd = reportEnd;
    }

    DoraMetrics compute(final ScopeSeries series, final long from, final long to) {
        int deployments = ScopeSeries.count(series.deployments, from, to);
        return new DoraMetrics(
                series.scope,
                Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(to),
                ScopeSeries.count(series.aborted, from, to),
                frequency(series, from, to, deployments),
                leadTime(series, from, to),
                changeFailureRate(series, from, to, deployments),
                recoveryTime(series, from, to),
                reworkRate(series, from, to, deployments));
    }

    private DeploymentFrequency frequency(
            final ScopeSeries series, final long from, final long to, final int deployments) {
        long length = to - from;
        Duration period = Duration.ofMillis(length);
        if (deployments == 0) {
            return new DeploymentFrequency(0, 0, period, null, null);
        }
        int days = (int) ((length + DAY - 1) / DAY);
        boolean[] deployedOnDay = new boolean[days];
        int fullWeeks = (int) (length / WEEK);
        int[] daysPerWeek = new int[fullWeeks];
        int deploymentDays = 0;
        LongList times = series.deployments;
        for (int i = times.lowerBound(from), last = times.lowerBound(to); i < last; i++) {
            // days are 24-hour slots counted back from the period end: slot 0 is the last day
            int day = (int) ((to - 1 - times.get(i)) / DAY);
            if (!deployedOnDay[day]) {
                deployedOnDay[day] = true;
                deploymentDays++;
                if (day / 7 < fullWeeks) {
                    daysPerWeek[day / 7]++;
                }
            }
        }
        PerformanceBand band = thresholds.getDeploymentInterval().band(period.dividedBy(deployments));
        return new DeploymentFrequency(
                deployments,
                deploymentDays,
                period,
                FrequencyClassifier.classify(daysPerWeek).orElse(null),
                band);
    }

    private LeadTime leadTime(final ScopeSeries series, final long from, final long to) {
        Optional<DurationStatistics> statistics = quantiles.summarize(
                series.leadValues, series.leadTimes.lowerBound(from), series.leadTimes.lowerBound(to));
        return new LeadTime(
                ScopeSeries.count(series.skippedCommits, from, to),
                statistics.orElse(null),
                band(statistics, thresholds.getLeadTime()));
    }

    private ChangeFailureRate changeFailureRate(
            final ScopeSeries series, final long from, final long to, final int deployments) {
        int first = series.failures.lowerBound(from);
        int last = series.failures.lowerBound(to);
        Set<String> distinct = new HashSet<>();
        List<String> listed = new ArrayList<>();
        if (table.incidents != null) {
            for (int i = last - 1; i >= first; i--) {
                String[] ids = table.incidents[series.failureRows.get(i)];
                if (ids != null) {
                    for (String id : ids) {
                        if (distinct.add(id) && listed.size() < MAX_LISTED) {
                            listed.add(id);
                        }
                    }
                }
            }
        }
        int failures = last - first;
        PerformanceBand band = deployments == 0
                ? null
                : thresholds.getChangeFailureRate().band(Percentage.ratio(failures, deployments));
        return new ChangeFailureRate(failures, deployments, distinct.size(), listed, band);
    }

    private RecoveryTime recoveryTime(final ScopeSeries series, final long from, final long to) {
        int failures = ScopeSeries.count(series.failures, from, to);
        Optional<DurationStatistics> statistics = quantiles.summarize(
                series.recoveredValues, series.recoveredTimes.lowerBound(from), series.recoveredTimes.lowerBound(to));
        int firstOpen = series.openTimes.lowerBound(from);
        int lastOpen = series.openTimes.lowerBound(to);
        long earliestStart = Long.MAX_VALUE;
        List<String> open = new ArrayList<>();
        for (int i = firstOpen; i < lastOpen; i++) {
            earliestStart = Math.min(earliestStart, series.openStarts.get(i));
            if (open.size() < MAX_LISTED) {
                open.add(table.ids[series.openRows.get(i)]);
            }
        }
        Duration longestOpen = lastOpen > firstOpen ? Duration.ofMillis(Math.max(0, reportEnd - earliestStart)) : null;
        return new RecoveryTime(
                failures,
                lastOpen - firstOpen,
                longestOpen,
                open,
                statistics.orElse(null),
                band(statistics, thresholds.getRecoveryTime()));
    }

    private ReworkRate reworkRate(final ScopeSeries series, final long from, final long to, final int deployments) {
        int unplanned = ScopeSeries.count(series.unplanned, from, to);
        PerformanceBand band =
                deployments == 0 ? null : thresholds.getReworkRate().band(Percentage.ratio(unplanned, deployments));
        return new ReworkRate(unplanned, deployments, band);
    }

    @CheckForNull
    private static PerformanceBand band(final Optional<DurationStatistics> statistics, final DurationBands bands) {
        return statistics.map(value -> bands.band(value.getMedian())).orElse(null);
    }
}
