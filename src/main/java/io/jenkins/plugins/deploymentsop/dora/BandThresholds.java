package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.Objects;

/**
 * The band bounds of all five metrics. {@link #DORA_2024} holds the defaults derived from the 2024 Accelerate State
 * of DevOps report (docs/dora.md explains each number); administrators may replace them through {@link #builder()}.
 */
public final class BandThresholds implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Defaults from the 2024 report: deployment interval 1d/7d/30d, lead time 1d/7d/30d, recovery 1h/1d/7d, change
     * failure rate 5%/10%/20%; the rework rate (no levels in the report) mirrors the change failure rate.
     */
    public static final BandThresholds DORA_2024 = new Builder().build();

    private final DurationBands deploymentInterval;
    private final DurationBands leadTime;
    private final DurationBands recoveryTime;
    private final PercentageBands changeFailureRate;
    private final PercentageBands reworkRate;

    private BandThresholds(final Builder builder) {
        deploymentInterval = builder.deploymentInterval;
        leadTime = builder.leadTime;
        recoveryTime = builder.recoveryTime;
        changeFailureRate = builder.changeFailureRate;
        reworkRate = builder.reworkRate;
    }

    /**
     * Starts a builder preset with the {@link #DORA_2024} values.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Bounds of the mean time between deployments (window length divided by the number of deployments).
     *
     * @return the bounds
     */
    public DurationBands getDeploymentInterval() {
        return deploymentInterval;
    }

    public DurationBands getLeadTime() {
        return leadTime;
    }

    public DurationBands getRecoveryTime() {
        return recoveryTime;
    }

    public PercentageBands getChangeFailureRate() {
        return changeFailureRate;
    }

    public PercentageBands getReworkRate() {
        return reworkRate;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BandThresholds)) {
            return false;
        }
        BandThresholds other = (BandThresholds) o;
        return deploymentInterval.equals(other.deploymentInterval)
                && leadTime.equals(other.leadTime)
                && recoveryTime.equals(other.recoveryTime)
                && changeFailureRate.equals(other.changeFailureRate)
                && reworkRate.equals(other.reworkRate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deploymentInterval, leadTime, recoveryTime, changeFailureRate, reworkRate);
    }

    @Override
    public String toString() {
        return String.format(
                "deployment interval: %s; lead time: %s; recovery time: %s; change failure rate: %s; rework rate: %s",
                deploymentInterval, leadTime, recoveryTime, changeFailureRate, reworkRate);
    }

    /** Sets the bounds metric by metric; each setter validates its three bounds. */
    public static final class Builder {
        private DurationBands deploymentInterval = DurationBands.of("deploymentInterval", days(1), days(7), days(30));
        private DurationBands leadTime = DurationBands.of("leadTime", days(1), days(7), days(30));
        private DurationBands recoveryTime = DurationBands.of("recoveryTime", TimeSpan.ofMinutes(60), days(1), days(7));
        private PercentageBands changeFailureRate =
                PercentageBands.of("changeFailureRate", Percentage.of(5), Percentage.of(10), Percentage.of(20));
        private PercentageBands reworkRate =
                PercentageBands.of("reworkRate", Percentage.of(5), Percentage.of(10), Percentage.of(20));

        private Builder() {}

        private static TimeSpan days(final long days) {
            return TimeSpan.ofSeconds(days * 86_400L);
        }

        public Builder deploymentInterval(final TimeSpan elite, final TimeSpan high, final TimeSpan medium) {
            deploymentInterval = DurationBands.of("deploymentInterval", elite, high, medium);
            return this;
        }

        public Builder leadTime(final TimeSpan elite, final TimeSpan high, final TimeSpan medium) {
            leadTime = DurationBands.of("leadTime", elite, high, medium);
            return this;
        }

        public Builder recoveryTime(final TimeSpan elite, final TimeSpan high, final TimeSpan medium) {
            recoveryTime = DurationBands.of("recoveryTime", elite, high, medium);
            return this;
        }

        public Builder changeFailureRate(final Percentage elite, final Percentage high, final Percentage medium) {
            changeFailureRate = PercentageBands.of("changeFailureRate", elite, high, medium);
            return this;
        }

        public Builder reworkRate(final Percentage elite, final Percentage high, final Percentage medium) {
            reworkRate = PercentageBands.of("reworkRate", elite, high, medium);
            return this;
        }

        public BandThresholds build() {
            return new BandThresholds(this);
        }
    }
}
