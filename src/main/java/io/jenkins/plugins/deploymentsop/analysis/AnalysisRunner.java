package io.jenkins.plugins.deploymentsop.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Drives an {@link AnalysisRun}: on each tick it measures the metrics that are due with their checks and records the
 * verdicts. The clock is injected, so tests advance time by hand; the caller decides when to tick next
 * ({@link AnalysisRun#nextDueAt()}).
 */
public final class AnalysisRunner {
    private final Clock clock;
    private final Map<String, MetricCheck> checks;

    /**
     * Creates a runner.
     *
     * @param clock the clock
     * @param checks the check of each metric, by metric name
     */
    public AnalysisRunner(final Clock clock, final Map<String, MetricCheck> checks) {
        this.clock = clock;
        this.checks = new HashMap<>(checks);
    }

    /**
     * Measures every metric that is due now.
     *
     * @param run the run
     * @return the run's phase afterwards
     * @throws InterruptedException if interrupted while measuring
     * @throws IllegalStateException if a due metric has no check
     */
    public AnalysisPhase tick(final AnalysisRun run) throws InterruptedException {
        Instant now = clock.instant();
        for (String metric : run.dueMetrics(now)) {
            if (run.isCompleted()) {
                break; // an earlier metric of this tick decided the run
            }
            MetricCheck check = checks.get(metric);
            if (check == null) {
                throw new IllegalStateException("No check for metric '" + metric + "'");
            }
            MetricVerdict verdict;
            try {
                verdict = check.check();
            } catch (RuntimeException exception) {
                // a broken check must count as an error of the metric, never as a pass or a crash of the run
                verdict = MetricVerdict.error(metric, "the check failed: " + exception);
            }
            run.record(metric, verdict, now);
        }
        return run.phase();
    }
}
