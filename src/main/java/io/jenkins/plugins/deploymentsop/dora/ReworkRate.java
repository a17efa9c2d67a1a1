package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.util.Optional;

/** Deployment rework rate: unplanned deployments (hotfixes) divided by all deployments, aborted runs excluded. */
public final class ReworkRate {
    private final int unplanned;
    private final int deployments;

    @CheckForNull
    private final PerformanceBand band;

    ReworkRate(final int unplanned, final int deployments, @CheckForNull final PerformanceBand band) {
        this.unplanned = unplanned;
        this.deployments = deployments;
        this.band = band;
    }

    public boolean hasData() {
        return deployments > 0;
    }

    public int getUnplanned() {
        return unplanned;
    }

    public int getDeployments() {
        return deployments;
    }

    public Optional<Percentage> getRate() {
        return hasData() ? Optional.of(Percentage.ratio(unplanned, deployments)) : Optional.empty();
    }

    public Optional<PerformanceBand> getBand() {
        return Optional.ofNullable(band);
    }

    @Override
    public String toString() {
        return hasData() ? String.format("%d/%d unplanned, band %s", unplanned, deployments, band) : "no data";
    }
}
