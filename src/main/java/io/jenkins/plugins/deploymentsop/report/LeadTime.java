package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.ChangeEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lead time of one deployed commit: from its commit time to the end of the deployment that put it in production.
 * A commit has none while the deployment runs, when the deployment did not succeed (the commit never stayed in
 * production), or when its commit time lies after the deployment's end (a skewed clock).
 *
 * @param change the commit
 * @param duration the lead time, if there is one
 * @param reason why there is none, empty when there is one
 */
public record LeadTime(ChangeEntry change, Optional<Duration> duration, String reason) {
    /**
     * Computes the lead time of every commit of a record.
     *
     * @param record the record
     * @return one entry per commit, in the record's order
     */
    public static List<LeadTime> of(final DeploymentRecord record) {
        List<LeadTime> times = new ArrayList<>();
        for (ChangeEntry change : record.getChanges()) {
            times.add(of(change, record.getOutcome(), record.getFinishedAt()));
        }
        return times;
    }

    private static LeadTime of(
            final ChangeEntry change, final Outcome outcome, @CheckForNull final Instant finishedAt) {
        if (finishedAt == null || !outcome.isFinished()) {
            return new LeadTime(change, Optional.empty(), "deployment not finished");
        }
        if (outcome != Outcome.SUCCEEDED) {
            return new LeadTime(change, Optional.empty(), "not in production: " + outcome);
        }
        // a record file may lack the commit time
        Optional<Instant> commitTime = Optional.ofNullable(change.committedAt());
        if (commitTime.isEmpty()) {
            return new LeadTime(change, Optional.empty(), "commit time unknown");
        }
        Instant committed = commitTime.get();
        if (committed.isAfter(finishedAt)) {
            return new LeadTime(change, Optional.empty(), "commit time after the deployment");
        }
        return new LeadTime(change, Optional.of(Duration.between(committed, finishedAt)), "");
    }

    /**
     * Returns the median of the lead times that exist.
     *
     * @param times the lead times
     * @return the median, empty if no commit has a lead time
     */
    public static Optional<Duration> median(final List<LeadTime> times) {
        List<Duration> known = times.stream()
                .flatMap(time -> time.duration().stream())
                .sorted()
                .toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        int middle = known.size() / 2;
        if (known.size() % 2 == 1) {
            return Optional.of(known.get(middle));
        }
        return Optional.of(known.get(middle - 1).plus(known.get(middle)).dividedBy(2));
    }

    /**
     * Describes the median lead time of the commits, e.g. {@code Median lead time: 52 min over 3 of 3 commits}.
     *
     * @param times the lead times
     * @return the sentence
     */
    public static String summary(final List<LeadTime> times) {
        long measured =
                times.stream().filter(time -> time.duration().isPresent()).count();
        return median(times)
                .map(median -> "Median lead time: " + Durations.format(median) + " over " + measured + " of "
                        + times.size() + " commits")
                .orElse("Median lead time: " + Texts.NONE + " (no commit has a lead time)");
    }

    /** Returns the lead time as text, e.g. {@code 2 h 5 min}, or a dash with the reason. */
    public String text() {
        return duration.map(Durations::format).orElse(Texts.NONE + " (" + reason + ")");
    }
}
