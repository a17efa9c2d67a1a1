package io.jenkins.plugins.deploymentsop.record;

import java.time.Instant;

/**
 * A metric value captured before or after the release, for the before/after table with deltas.
 *
 * @param name the metric, e.g. {@code error rate}
 * @param unit the unit, e.g. {@code %} or {@code ms}
 * @param moment BEFORE or AFTER
 * @param value the value
 * @param at when it was captured
 */
public record MetricSnapshot(String name, String unit, Moment moment, double value, Instant at) {
    /** When a snapshot was taken relative to the release. */
    public enum Moment {
        BEFORE,
        AFTER
    }
}
