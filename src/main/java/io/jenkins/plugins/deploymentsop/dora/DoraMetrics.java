package io.jenkins.plugins.deploymentsop.dora;

import java.time.Duration;
import java.time.Instant;

/** The five DORA metrics of one scope over one period {@code [start, end)}. */
public final class DoraMetrics {
    private final Scope scope;
    private final Instant start;
    private final Instant end;
    private final int aborted;
    private final DeploymentFrequency frequency;
    private final LeadTime leadTime;
    private final ChangeFailureRate changeFailureRate;
    private final RecoveryTime recoveryTime;
    private final ReworkRate reworkRate;

    DoraMetrics(
            final Scope scope,
            final Instant start,
            final Instant end,
            final int aborted,
            final DeploymentFrequency frequency,
            final LeadTime leadTime,
            final ChangeFailureRate changeFailureRate,
            final RecoveryTime recoveryTime,
            final ReworkRate reworkRate) {
        this.scope = scope;
        this.start = start;
        this.end = end;
        this.aborted = aborted;
        this.frequency = frequency;
        this.leadTime = leadTime;
        this.changeFailureRate = changeFailureRate;
        this.recoveryTime = recoveryTime;
        this.reworkRate = reworkRate;
    }

    public Scope getScope() {
        return scope;
    }

    public Instant getStart() {
        return start;
    }

    /** End of the period, exclusive. */
    public Instant getEnd() {
        return end;
    }

    public Duration getLength() {
        return Duration.between(start, end);
    }

    /** Deployments in the period, aborted runs excluded. */
    public int getDeployments() {
        return frequency.getDeployments();
    }

    /** Aborted runs in the period: shown, never counted as deployments. */
    public int getAborted() {
        return aborted;
    }

    /** Whether the period had at least one deployment; without, every metric is "no data". */
    public boolean hasData() {
        return frequency.hasData();
    }

    public DeploymentFrequency getFrequency() {
        return frequency;
    }

    public LeadTime getLeadTime() {
        return leadTime;
    }

    public ChangeFailureRate getChangeFailureRate() {
        return changeFailureRate;
    }

    public RecoveryTime getRecoveryTime() {
        return recoveryTime;
    }

    public ReworkRate getReworkRate() {
        return reworkRate;
    }

    @Override
    public String toString() {
        return String.format(
                "%s [%s, %s): frequency %s; lead time %s; change failure rate %s; recovery %s; rework %s",
                scope, start, end, frequency, leadTime, changeFailureRate, recoveryTime, reworkRate);
    }
}
