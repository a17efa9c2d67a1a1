package io.jenkins.plugins.deploymentsop.dora;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All windows and the weekly trend of one scope, plus the jobs that deployed it. */
public final class ScopeMetrics {
    private final Scope scope;
    private final Map<DoraWindow, DoraMetrics> windows;
    private final List<WeekPoint> trend;
    private final List<String> jobs;

    ScopeMetrics(
            final Scope scope,
            final Map<DoraWindow, DoraMetrics> windows,
            final List<WeekPoint> trend,
            final List<String> jobs) {
        this.scope = scope;
        this.windows = Map.copyOf(windows);
        this.trend = List.copyOf(trend);
        this.jobs = List.copyOf(jobs);
    }

    public Scope getScope() {
        return scope;
    }

    /**
     * Returns the metrics of one window.
     *
     * @param window one of the query's windows
     * @return the metrics, empty if the query did not ask for that window
     */
    public Optional<DoraMetrics> getWindow(final DoraWindow window) {
        return Optional.ofNullable(windows.get(window));
    }

    /** The weekly trend, oldest week first. */
    public List<WeekPoint> getTrend() {
        return trend;
    }

    /** Full names of the jobs that deployed this scope during the report's range, sorted. */
    public List<String> getJobs() {
        return jobs;
    }

    @Override
    public String toString() {
        return scope + ": " + windows.size() + " windows, " + trend.size() + " weeks";
    }
}
