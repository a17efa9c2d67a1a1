package io.jenkins.plugins.deploymentsop.dora;

/** One ISO week of a weekly trend; the week of the report instant is partial (it ends at the report instant). */
public final class WeekPoint {
    private final String isoWeek;
    private final boolean partial;
    private final DoraMetrics metrics;

    WeekPoint(final String isoWeek, final boolean partial, final DoraMetrics metrics) {
        this.isoWeek = isoWeek;
        this.partial = partial;
        this.metrics = metrics;
    }

    /** The ISO week, e.g. {@code 2026-W05}. */
    public String getIsoWeek() {
        return isoWeek;
    }

    public boolean isPartial() {
        return partial;
    }

    public DoraMetrics getMetrics() {
        return metrics;
    }

    @Override
    public String toString() {
        return isoWeek + (partial ? " (partial)" : "") + ": " + metrics;
    }
}
