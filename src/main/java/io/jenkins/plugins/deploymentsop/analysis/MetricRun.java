package io.jenkins.plugins.deploymentsop.analysis;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The state of one metric in an analysis run: its tallies, phase, next due time and its latest measurements. */
public final class MetricRun implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Measurements kept per metric, the latest ones, so that a long run stays small in the build record. */
    public static final int HISTORY = 50;

    private final MetricSettings settings;
    private MetricCounts counts = MetricCounts.NONE;
    private AnalysisPhase phase = AnalysisPhase.PENDING;
    private String reason = "waiting for the first measurement";
    private long nextDueMillis;
    private final ArrayList<MeasurementRecord> history = new ArrayList<>();

    // what ended the run before this metric decided, if it did; null while the metric decides for itself
    @CheckForNull
    private String cutShortBy;

    MetricRun(final MetricSettings settings, final Instant startedAt) {
        this.settings = settings;
        this.nextDueMillis =
                startedAt.plus(settings.initialDelay().toDuration()).toEpochMilli();
    }

    public MetricSettings settings() {
        return settings;
    }

    public String name() {
        return settings.name();
    }

    public MetricCounts counts() {
        return counts;
    }

    public AnalysisPhase phase() {
        return phase;
    }

    public String reason() {
        return reason;
    }

    /**
     * Returns when the next measurement is due.
     *
     * @return the time, empty once the metric is completed
     */
    public Optional<Instant> nextDueAt() {
        return phase.isCompleted() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(nextDueMillis));
    }

    /**
     * Returns the latest measurements, oldest first.
     *
     * @return at most {@value #HISTORY} measurements
     */
    public List<MeasurementRecord> history() {
        return Collections.unmodifiableList(history);
    }

    /**
     * Returns the latest measurement.
     *
     * @return the measurement, empty before the first
     */
    public Optional<MeasurementRecord> last() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    boolean isDue(final Instant now) {
        return !phase.isCompleted() && !now.isBefore(Instant.ofEpochMilli(nextDueMillis));
    }

    void record(final MeasurementRecord measurement) {
        counts = counts.plus(measurement.phase());
        history.add(measurement);
        if (history.size() > HISTORY) {
            history.remove(0);
        }
        nextDueMillis =
                measurement.takenAt().plus(settings.interval().toDuration()).toEpochMilli();
        assess(false);
    }

    /**
     * Tells whether another metric ended the run before this one decided.
     *
     * @return true once cut short, with its own verdict or as not needed
     */
    public boolean isCutShort() {
        return cutShortBy != null;
    }

    /**
     * Tells whether the run ended before this metric had any data: it was not needed for the decision.
     *
     * @return true if cut short without a measurement or an error
     */
    public boolean isNotNeeded() {
        return cutShortBy != null && !phase.isCompleted();
    }

    /**
     * Ends the metric because other metrics decided the run: its verdict is what its own latest measurement says,
     * with its tallies, so decisive numbers are never shown as inconclusive; without any data it was not needed.
     *
     * @param decided what ended the run, e.g. {@code the analysis already ended: 'error-rate' failed}
     */
    void cutShort(final String decided) {
        if (phase.isCompleted() || cutShortBy != null) {
            return;
        }
        cutShortBy = decided;
        Optional<MeasurementRecord> judged = lastJudged();
        if (judged.isPresent()) {
            phase = judged.get().phase();
            reason = "cut short (" + decided + "); its own data: " + counts + "; last: "
                    + judged.get().verdict().reason();
        } else if (counts.errors() > 0) {
            phase = AnalysisPhase.ERROR;
            reason = "cut short (" + decided + ") with source errors only: " + counts;
        } else {
            reason = "not needed: " + decided;
        }
    }

    // the latest measurement with a verdict, past any source errors
    private Optional<MeasurementRecord> lastJudged() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).phase() != AnalysisPhase.ERROR) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    void assess(final boolean terminating) {
        if (phase.isCompleted() || cutShortBy != null) {
            return; // a decision once taken stays taken
        }
        MetricAssessment assessment = MetricAssessment.assess(settings, counts, terminating);
        phase = assessment.phase();
        reason = assessment.reason();
        if (phase == AnalysisPhase.ERROR || phase == AnalysisPhase.INCONCLUSIVE || phase == AnalysisPhase.FAILED) {
            last().ifPresent(measurement ->
                    reason += "; last: " + measurement.verdict().reason());
        }
    }

    @Override
    public String toString() {
        return name() + ": " + phase + " (" + reason + ")";
    }
}
