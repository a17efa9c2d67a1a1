package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An analysis run as Argo Rollouts has it, as a plain state machine: it says which metrics are due at a given time,
 * takes their verdicts, and keeps the phase. It never reads a clock or a source itself ({@link AnalysisRunner} does),
 * so it can be driven tick by tick with a fake clock, and it is serializable, so a Jenkins restart resumes it.
 *
 * <p>The run's phase: once any deciding metric is failed, errored or inconclusive, the run ends with the worst of
 * these (FAILED over ERROR over INCONCLUSIVE), and the metrics still measuring are cut short with the verdict of their
 * own latest measurement (or as not needed without data); it is successful when all deciding metrics are; otherwise
 * running (or pending before the first measurement). Dry-run metrics are measured and reported but never decide; a run of
 * dry-run metrics only is successful once they complete.
 */
public final class AnalysisRun implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Instant startedAt;
    private final ArrayList<MetricRun> metrics = new ArrayList<>();
    private AnalysisPhase phase = AnalysisPhase.PENDING;
    private String reason = "waiting for the first measurement";
    private boolean terminated;

    /**
     * Starts a run.
     *
     * @param settings the metrics, at least one, with distinct names
     * @param startedAt when the run starts (initial delays count from here)
     * @throws InvalidInputException if there is no metric or a name repeats
     */
    public AnalysisRun(final List<MetricSettings> settings, final Instant startedAt) {
        if (settings.isEmpty()) {
            throw new InvalidInputException("analysis", "[]", "at least one metric");
        }
        Set<String> names = new HashSet<>();
        for (MetricSettings metric : settings) {
            if (!names.add(metric.name())) {
                throw new InvalidInputException("name", metric.name(), "a name used by only one metric");
            }
            metrics.add(new MetricRun(metric, startedAt));
        }
        this.startedAt = startedAt;
    }

    /**
     * Lists the metrics due for a measurement.
     *
     * @param now the current time
     * @return the names, empty once the run is completed
     */
    public List<String> dueMetrics(final Instant now) {
        if (isCompleted()) {
            return List.of();
        }
        return metrics.stream()
                .filter(metric -> metric.isDue(now))
                .map(MetricRun::name)
                .collect(Collectors.toList());
    }

    /**
     * Records a measurement and reassesses the run.
     *
     * @param metric the metric's name
     * @param verdict the judge's verdict
     * @param takenAt when it was taken (the next measurement is due one interval later)
     * @throws IllegalArgumentException if the metric is unknown
     * @throws IllegalStateException if the run is already completed
     */
    public void record(final String metric, final MetricVerdict verdict, final Instant takenAt) {
        if (isCompleted()) {
            throw new IllegalStateException("The analysis run is completed (" + phase + "); cannot record " + metric);
        }
        MetricRun run = metric(metric).orElseThrow(() -> new IllegalArgumentException("Unknown metric: " + metric));
        run.record(new MeasurementRecord(takenAt, verdict));
        reassess();
    }

    /**
     * Stops the run, e.g. at the end of a canary step's bake time: metrics that measured within their limits are
     * successful, metrics that never measured are inconclusive.
     *
     * @param now the current time (unused by the assessment, kept for symmetry and logs)
     */
    public void terminate(final Instant now) {
        if (isCompleted()) {
            return;
        }
        terminated = true;
        metrics.forEach(metric -> metric.assess(true));
        reassess();
    }

    private void reassess() {
        List<MetricRun> deciding =
                metrics.stream().filter(metric -> !metric.settings().isDryRun()).collect(Collectors.toList());
        if (deciding.isEmpty()) {
            boolean done = metrics.stream().allMatch(metric -> metric.phase().isCompleted());
            phase = done ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.RUNNING;
            reason = done ? "only dry-run metrics: " + dryRunSummary() : "dry-run metrics measuring";
            return;
        }
        List<MetricRun> decisive = deciding.stream()
                .filter(metric -> metric.phase().isCompleted() && metric.phase() != AnalysisPhase.SUCCESSFUL)
                .collect(Collectors.toList());
        if (!decisive.isEmpty()) {
            AnalysisPhase worst =
                    decisive.stream().map(MetricRun::phase).reduce(AnalysisPhase.SUCCESSFUL, AnalysisPhase::worst);
            phase = worst;
            reason = decisive.stream()
                    .sorted((a, b) -> b.phase().compareTo(a.phase()))
                    .map(metric -> "metric '" + metric.name() + "' "
                            + metric.phase().name().toLowerCase(Locale.ROOT) + ": " + metric.reason())
                    .collect(Collectors.joining("; "));
            String decided = decisive.stream()
                    .map(metric -> "'" + metric.name() + "' " + ended(metric.phase()))
                    .collect(Collectors.joining(", ", "the analysis already ended: ", ""));
            metrics.forEach(metric -> metric.cutShort(decided));
            return;
        }
        if (deciding.stream().allMatch(metric -> metric.phase() == AnalysisPhase.SUCCESSFUL)) {
            phase = AnalysisPhase.SUCCESSFUL;
            reason = "all " + deciding.size() + " metrics successful"
                    + (terminated ? " (terminated)" : "")
                    + deciding.stream()
                            .map(metric ->
                                    metric.name() + ": " + metric.counts().measured() + " measured, "
                                            + metric.counts().failed() + " failed")
                            .collect(Collectors.joining(", ", ": ", ""));
            return;
        }
        boolean started = deciding.stream().anyMatch(metric -> metric.phase() != AnalysisPhase.PENDING);
        phase = started ? AnalysisPhase.RUNNING : AnalysisPhase.PENDING;
        reason = started ? "measuring" : "waiting for the first measurement";
    }

    private static String ended(final AnalysisPhase metricPhase) {
        switch (metricPhase) {
            case FAILED:
                return "failed";
            case ERROR:
                return "could not be measured";
            default:
                return "was inconclusive";
        }
    }

    public AnalysisPhase phase() {
        return phase;
    }

    /**
     * Returns why the run is in its phase, with numbers, e.g.
     * {@code metric 'error-rate' failed: failed (3) > failureLimit (2); last: value 0.05 is not < 0.01}.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    public boolean isCompleted() {
        return phase.isCompleted();
    }

    public Instant startedAt() {
        return startedAt;
    }

    /**
     * Returns when the next measurement is due, so the caller knows when to tick next.
     *
     * @return the earliest due time of any running metric, empty once the run is completed
     */
    public Optional<Instant> nextDueAt() {
        if (isCompleted()) {
            return Optional.empty();
        }
        return metrics.stream()
                .map(MetricRun::nextDueAt)
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    public List<MetricRun> metrics() {
        return Collections.unmodifiableList(metrics);
    }

    /**
     * Finds a metric by name.
     *
     * @param name the name
     * @return the metric's state
     */
    public Optional<MetricRun> metric(final String name) {
        return metrics.stream().filter(metric -> metric.name().equals(name)).findFirst();
    }

    /**
     * Summarizes the dry-run metrics: what they would have decided.
     *
     * @return e.g. {@code p99: would have failed (failed (1) > failureLimit (0))}, empty text without dry-run metrics
     */
    public String dryRunSummary() {
        return metrics.stream()
                .filter(metric -> metric.settings().isDryRun())
                .map(metric -> metric.name() + ": " + describeDryRun(metric))
                .collect(Collectors.joining("; "));
    }

    private static String describeDryRun(final MetricRun metric) {
        switch (metric.phase()) {
            case FAILED:
                return "would have failed (" + metric.reason() + ")";
            case ERROR:
                return "would have errored (" + metric.reason() + ")";
            case INCONCLUSIVE:
                return "would have been inconclusive (" + metric.reason() + ")";
            case SUCCESSFUL:
                return "successful (" + metric.reason() + ")";
            default:
                return metric.phase().name().toLowerCase(Locale.ROOT) + " (" + metric.reason() + ")";
        }
    }

    @Override
    public String toString() {
        return phase + ": " + reason;
    }
}
