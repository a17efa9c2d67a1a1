package io.jenkins.plugins.deploymentsop.rollback;

import java.io.Serializable;
import java.util.Objects;

/**
 * The "no data" policy of rules that do not set their own, by kind of signal. Defaults: IGNORE for metrics,
 * TREAT_AS_BREACH for health probes.
 */
public final class NoDataDefaults implements Serializable {
    private static final long serialVersionUID = 1L;

    /** IGNORE for metrics, TREAT_AS_BREACH for health probes. */
    public static final NoDataDefaults STANDARD =
            new NoDataDefaults(NoDataPolicy.METRIC_DEFAULT, NoDataPolicy.HEALTH_DEFAULT);

    private final NoDataPolicy metrics;
    private final NoDataPolicy health;

    private NoDataDefaults(final NoDataPolicy metrics, final NoDataPolicy health) {
        this.metrics = metrics;
        this.health = health;
    }

    /**
     * Creates defaults.
     *
     * @param metrics the policy for metric signals
     * @param health the policy for health probes
     * @return the defaults
     */
    public static NoDataDefaults of(final NoDataPolicy metrics, final NoDataPolicy health) {
        return new NoDataDefaults(metrics, health);
    }

    public NoDataPolicy metrics() {
        return metrics;
    }

    public NoDataPolicy health() {
        return health;
    }

    /**
     * Returns the policy for a kind of signal.
     *
     * @param kind the kind
     * @return the policy
     */
    public NoDataPolicy forKind(final SignalKind kind) {
        return kind == SignalKind.HEALTH ? health : metrics;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof NoDataDefaults
                && ((NoDataDefaults) o).metrics == metrics
                && ((NoDataDefaults) o).health == health;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metrics, health);
    }

    @Override
    public String toString() {
        return "metrics: " + metrics.text() + ", health: " + health.text();
    }
}
