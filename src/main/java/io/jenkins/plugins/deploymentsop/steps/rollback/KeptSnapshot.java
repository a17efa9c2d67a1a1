package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.record.MetricSnapshot;
import java.io.Serializable;
import java.time.Instant;

/**
 * A metric snapshot the session keeps until its next record write. A plain class, not a record: Pipeline keeps it in
 * the step's state.
 */
final class KeptSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String unit;
    private final MetricSnapshot.Moment moment;
    private final double value;
    private final Instant at;
    private final String label;

    KeptSnapshot(final MetricSnapshot snapshot) {
        this.name = snapshot.name();
        this.unit = snapshot.unit();
        this.moment = snapshot.moment();
        this.value = snapshot.value();
        this.at = snapshot.at();
        this.label = snapshot.label();
    }

    /** Returns the snapshot for the record. */
    MetricSnapshot toSnapshot() {
        return new MetricSnapshot(name, unit, moment, value, at, label);
    }
}
