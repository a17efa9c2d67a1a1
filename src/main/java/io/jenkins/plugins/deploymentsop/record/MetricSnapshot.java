package io.jenkins.plugins.deploymentsop.record;

import java.time.Instant;
import java.util.Objects;

/**
 * A metric value captured at a named moment, for the table of values with deltas. The {@link Moment} says on which
 * side of the comparison a value stands; the label says truthfully when it was taken, e.g. {@code At watch start}
 * (the new version already live) or {@code After rollback} (the previous version serving again).
 *
 * @param name the metric, e.g. {@code error rate}
 * @param unit the unit, e.g. {@code %} or {@code ms}
 * @param moment BEFORE (the reference side) or AFTER (the compared side)
 * @param value the value
 * @param at when it was captured
 * @param label when it was captured in words, e.g. {@link #AT_WATCH_START}; records written before labels existed
 *     read as {@link Moment#defaultLabel()}
 */
public record MetricSnapshot(String name, String unit, Moment moment, double value, Instant at, String label) {
    /** The first reading of a watch, with the new version already serving. */
    public static final String AT_WATCH_START = "At watch start";

    /** The last reading of a watch: when it passed, or the reading that led to the rollback. */
    public static final String AT_WATCH_END = "At watch end";

    /** A reading of the previous version once traffic was back on it. */
    public static final String AFTER_ROLLBACK = "After rollback";

    /** The side of the comparison a snapshot stands on. */
    public enum Moment {
        /** The reference: the earlier value. */
        BEFORE("Pre-Deploy"),
        /** The compared value: a later one. */
        AFTER("Post-Deploy");

        private final String defaultLabel;

        Moment(final String defaultLabel) {
            this.defaultLabel = defaultLabel;
        }

        /** Returns the label of a snapshot recorded without one: before or after the release. */
        public String defaultLabel() {
            return defaultLabel;
        }
    }

    public MetricSnapshot {
        // records written before labels existed have no such field: Jackson passes null
        if (Objects.requireNonNullElse(label, "").isBlank()) {
            label = moment == null ? "" : moment.defaultLabel();
        } else {
            label = label.trim();
        }
    }

    /**
     * Creates a snapshot labelled by its side only: before or after the release.
     *
     * @param name the metric
     * @param unit the unit
     * @param moment the side
     * @param value the value
     * @param at when it was captured
     */
    public MetricSnapshot(
            final String name, final String unit, final Moment moment, final double value, final Instant at) {
        this(name, unit, moment, value, at, moment.defaultLabel());
    }
}
