package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.util.BitSet;

/**
 * The events of one scope as time-ordered columns (the calculator adds them in finish order), so that every count
 * over a period is two binary searches and every median a selection over one contiguous range.
 */
final class ScopeSeries {
    final Scope scope;
    /** Finish times of deployments (aborted runs excluded). */
    final LongList deployments = new LongList();
    /** Finish times of aborted runs. */
    final LongList aborted = new LongList();
    /** Finish times of unplanned deployments (hotfixes). */
    final LongList unplanned = new LongList();
    /** Finish times of change failures, with their table rows. */
    final LongList failures = new LongList();

    final IntList failureRows = new IntList();
    /** Finish times of change failures restored before the report instant, with their recovery times. */
    final LongList recoveredTimes = new LongList();

    final LongList recoveredValues = new LongList();
    /** Finish times of change failures still open at the report instant, with failure start and table row. */
    final LongList openTimes = new LongList();

    final LongList openStarts = new LongList();
    final IntList openRows = new IntList();
    /** Deployment finish times of measured commits, with their lead times. */
    final LongList leadTimes = new LongList();

    final LongList leadValues = new LongList();
    /** Deployment finish times of commits stamped after their deployment. */
    final LongList skippedCommits = new LongList();
    /** Job numbers that deployed this scope. */
    final BitSet jobs = new BitSet();

    ScopeSeries(final Scope scope) {
        this.scope = scope;
    }

    /**
     * Adds one deployment; calls must come in ascending finish time.
     *
     * @param table the table
     * @param row the row
     * @param reportEnd the report instant in epoch milliseconds
     */
    void addDeployment(final DeploymentTable table, final int row, final long reportEnd) {
        long time = table.finished[row];
        jobs.set(table.job[row]);
        Outcome outcome = table.outcome[row];
        if (!outcome.isDeployment()) { // aborted: events are never IN_PROGRESS, DeploymentEvent refuses that
            aborted.add(time);
            return;
        }
        deployments.add(time);
        if (table.type[row].isUnplanned()) {
            unplanned.add(time);
        }
        if (outcome.isChangeFailure()) {
            failures.add(time);
            failureRows.add(row);
            long start = table.detected[row] == EventTimes.NONE ? time : table.detected[row];
            long restored = table.restored[row];
            if (restored == EventTimes.NONE || restored >= reportEnd) {
                openTimes.add(time);
                openStarts.add(start);
                openRows.add(row);
            } else {
                recoveredTimes.add(time);
                recoveredValues.add(Math.max(0, restored - start));
            }
        }
    }

    /**
     * Adds the lead time of a commit counted for the first time in this scope.
     *
     * @param deployedAt the deployment's finish time
     * @param committedAt the commit time
     */
    void addCommit(final long deployedAt, final long committedAt) {
        if (committedAt > deployedAt) {
            skippedCommits.add(deployedAt);
        } else {
            leadTimes.add(deployedAt);
            leadValues.add(deployedAt - committedAt);
        }
    }

    static int count(final LongList times, final long from, final long to) {
        return times.lowerBound(to) - times.lowerBound(from);
    }
}
