package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Computes a {@link DoraReport} from a {@link DeploymentTable}: one pass over the selected rows in finish order
 * builds a time-ordered {@link ScopeSeries} per scope, then every window and trend week is a range over those series.
 * Cost: sorting the selected rows (n log n) plus linear work per window; no build is ever loaded.
 */
public final class DoraCalculator {
    private DoraCalculator() {}

    /**
     * Computes the report for events given directly (tests, small sets).
     *
     * @param events the events; later events replace earlier ones with the same deployment id
     * @param query what to compute
     * @return the report
     */
    public static DoraReport compute(final Collection<DeploymentEvent> events, final DoraQuery query) {
        return compute(DeploymentTable.of(events), query);
    }

    /**
     * Computes the report.
     *
     * @param table the deployments, e.g. from the deployment index
     * @param query what to compute
     * @return the report
     */
    public static DoraReport compute(final DeploymentTable table, final DoraQuery query) {
        long end = query.getEnd().toEpochMilli();
        EventFilter filter = query.getFilter();
        boolean[] readableJob = new boolean[table.jobs.size()];
        for (int job = 0; job < readableJob.length; job++) {
            readableJob[job] = filter.acceptsJob(table.jobs.get(job));
        }
        boolean[] selectedGroup = new boolean[table.groupCount()];
        for (int group = 0; group < selectedGroup.length; group++) {
            selectedGroup[group] =
                    filter.acceptsGroup(table.groupServices.get(group), table.groupEnvironments.get(group));
        }
        boolean[] offeredGroup = new boolean[table.groupCount()];
        int[] rows = new int[table.size];
        int selected = 0;
        for (int row = 0; row < table.size; row++) {
            if (readableJob[table.job[row]] && filter.acceptsTier(table.production[row])) {
                offeredGroup[table.group[row]] = true;
                if (selectedGroup[table.group[row]] && table.finished[row] < end) {
                    rows[selected++] = row;
                }
            }
        }
        TreeSet<String> services = new TreeSet<>();
        TreeSet<String> environments = new TreeSet<>();
        for (int group = 0; group < offeredGroup.length; group++) {
            if (offeredGroup[group]) {
                services.add(table.groupServices.get(group));
                environments.add(table.groupEnvironments.get(group));
            }
        }
        rows = RowOrder.byFinishTime(Arrays.copyOf(rows, selected), table.finished);

        List<TrendWeek> weeks = TrendWeek.weeks(query.getEnd(), query.getTrendWeeks(), query.getZone());
        long longestStart = end - query.getLongestWindow().getDays() * MetricsComputer.DAY;
        long seriesFrom = Math.min(longestStart, weeks.get(0).start);

        ScopeSeries overall = new ScopeSeries(Scope.overall());
        ScopeSeries[] groups = new ScopeSeries[table.groupCount()];
        LongHashSet deployedCommits = new LongHashSet(table.commitKey.length);
        LongHashSet deployedGroupCommits = new LongHashSet(table.commitKey.length);
        for (int row : rows) {
            long finished = table.finished[row];
            int group = table.group[row];
            boolean inRange = finished >= seriesFrom;
            if (inRange && groups[group] == null) {
                groups[group] =
                        new ScopeSeries(Scope.of(table.groupServices.get(group), table.groupEnvironments.get(group)));
            }
            if (table.outcome[row] == Outcome.SUCCEEDED) {
                // a commit counts once per scope, at its first successful deployment: older history still marks it
                for (int c = table.commitStart[row], last = c + table.commitCount[row]; c < last; c++) {
                    boolean firstOverall = deployedCommits.add(table.commitKey[c]);
                    boolean firstInGroup = deployedGroupCommits.add(CommitKeys.withGroup(table.commitKey[c], group));
                    if (inRange && firstOverall) {
                        overall.addCommit(finished, table.commitTime[c]);
                    }
                    if (inRange && firstInGroup) {
                        groups[group].addCommit(finished, table.commitTime[c]);
                    }
                }
            }
            if (inRange) {
                overall.addDeployment(table, row, end);
                groups[group].addDeployment(table, row, end);
            }
        }

        MetricsComputer computer = new MetricsComputer(table, query.getThresholds(), end);
        List<ScopeMetrics> groupMetrics = new ArrayList<>();
        for (ScopeSeries series : groups) {
            if (series != null) {
                groupMetrics.add(metrics(series, query, weeks, computer, table));
            }
        }
        groupMetrics.sort((a, b) -> a.getScope().compareTo(b.getScope()));
        return new DoraReport(
                query,
                metrics(overall, query, weeks, computer, table),
                groupMetrics,
                new ArrayList<>(services),
                new ArrayList<>(environments));
    }

    private static ScopeMetrics metrics(
            final ScopeSeries series,
            final DoraQuery query,
            final List<TrendWeek> weeks,
            final MetricsComputer computer,
            final DeploymentTable table) {
        long end = query.getEnd().toEpochMilli();
        Map<DoraWindow, DoraMetrics> windows = new LinkedHashMap<>();
        for (DoraWindow window : query.getWindows()) {
            windows.put(window, computer.compute(series, end - window.getDays() * MetricsComputer.DAY, end));
        }
        List<WeekPoint> trend = new ArrayList<>(weeks.size());
        for (TrendWeek week : weeks) {
            trend.add(new WeekPoint(week.label, week.partial, computer.compute(series, week.start, week.end)));
        }
        List<String> jobs = new ArrayList<>();
        series.jobs.stream().forEach(job -> jobs.add(table.jobs.get(job)));
        jobs.sort(null);
        return new ScopeMetrics(series.scope, windows, trend, jobs);
    }

    /** One ISO week of the trend in epoch milliseconds; the last one ends at the report instant. */
    static final class TrendWeek {
        final String label;
        final long start;
        final long end;
        final boolean partial;

        private TrendWeek(final String label, final long start, final long end, final boolean partial) {
            this.label = label;
            this.start = start;
            this.end = end;
            this.partial = partial;
        }

        static List<TrendWeek> weeks(final Instant reportEnd, final int count, final ZoneId zone) {
            // the week of the last instant inside the report, so an end on Monday 00:00 closes the previous week
            LocalDate lastDay = reportEnd.minusMillis(1).atZone(zone).toLocalDate();
            LocalDate lastMonday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            List<TrendWeek> weeks = new ArrayList<>(count);
            long end = reportEnd.toEpochMilli();
            for (int i = count - 1; i >= 0; i--) {
                LocalDate monday = lastMonday.minusWeeks(i);
                long start = monday.atStartOfDay(zone).toInstant().toEpochMilli();
                long next = monday.plusWeeks(1).atStartOfDay(zone).toInstant().toEpochMilli();
                String label = String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                weeks.add(new TrendWeek(label, start, Math.min(next, end), next > end));
            }
            return weeks;
        }
    }
}
