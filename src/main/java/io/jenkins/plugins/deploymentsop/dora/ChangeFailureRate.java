package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.util.List;
import java.util.Optional;

/**
 * Change failure rate: (FAILED + ROLLED_BACK) divided by all deployments, aborted runs excluded from both; with the
 * incidents linked to those failures.
 */
public final class ChangeFailureRate {
    private final int failures;
    private final int deployments;
    private final int incidents;
    private final List<String> incidentIds;

    @CheckForNull
    private final PerformanceBand band;

    ChangeFailureRate(
            final int failures,
            final int deployments,
            final int incidents,
            final List<String> incidentIds,
            @CheckForNull final PerformanceBand band) {
        this.failures = failures;
        this.deployments = deployments;
        this.incidents = incidents;
        this.incidentIds = List.copyOf(incidentIds);
        this.band = band;
    }

    public boolean hasData() {
        return deployments > 0;
    }

    public int getFailures() {
        return failures;
    }

    public int getDeployments() {
        return deployments;
    }

    public Optional<Percentage> getRate() {
        return hasData() ? Optional.of(Percentage.ratio(failures, deployments)) : Optional.empty();
    }

    /** Number of distinct incidents linked to the failures. */
    public int getIncidents() {
        return incidents;
    }

    /** The linked incident ids, most recent failure first, at most 20 of them. */
    public List<String> getIncidentIds() {
        return incidentIds;
    }

    public Optional<PerformanceBand> getBand() {
        return Optional.ofNullable(band);
    }

    @Override
    public String toString() {
        return hasData() ? String.format("%d/%d failed, band %s", failures, deployments, band) : "no data";
    }
}
