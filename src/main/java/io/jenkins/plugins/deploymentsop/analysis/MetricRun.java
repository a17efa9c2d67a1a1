package io.jenkins.plugins.deploymentsop.analysis;

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

    void assess(final boolean terminating) {
        if (phase.isCompleted()) {
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
