package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How often production was deployed in a period: deployments per day and per week, the mean interval (which decides
 * the band) and the Four Keys style class. Empty values mean "no data": the period had no deployment.
 */
public final class DeploymentFrequency {
    private final int deployments;
    private final int deploymentDays;
    private final Duration period;

    @CheckForNull
    private final FrequencyClass frequencyClass;

    @CheckForNull
    private final PerformanceBand band;

    DeploymentFrequency(
            final int deployments,
            final int deploymentDays,
            final Duration period,
            @CheckForNull final FrequencyClass frequencyClass,
            @CheckForNull final PerformanceBand band) {
        this.deployments = deployments;
        this.deploymentDays = deploymentDays;
        this.period = period;
        this.frequencyClass = frequencyClass;
        this.band = band;
    }

    public boolean hasData() {
        return deployments > 0;
    }

    /** Deployments in the period (aborted runs excluded). */
    public int getDeployments() {
        return deployments;
    }

    /** Number of 24-hour days (counted back from the period end) with at least one deployment. */
    public int getDeploymentDays() {
        return deploymentDays;
    }

    public Duration getPeriod() {
        return period;
    }

    public OptionalDouble getPerDay() {
        return hasData() ? OptionalDouble.of(deployments / days()) : OptionalDouble.empty();
    }

    public OptionalDouble getPerWeek() {
        return hasData() ? OptionalDouble.of(deployments * 7 / days()) : OptionalDouble.empty();
    }

    /** Period length divided by the number of deployments: the value the band is taken from. */
    public Optional<Duration> getMeanInterval() {
        return hasData() ? Optional.of(period.dividedBy(deployments)) : Optional.empty();
    }

    /** The Four Keys class; empty without data or when the period holds no full week. */
    public Optional<FrequencyClass> getFrequencyClass() {
        return Optional.ofNullable(frequencyClass);
    }

    public Optional<PerformanceBand> getBand() {
        return Optional.ofNullable(band);
    }

    private double days() {
        return period.toMillis() / 86_400_000.0;
    }

    @Override
    public String toString() {
        return hasData()
                ? String.format(
                        Locale.ROOT,
                        "%d deployments (%.2f/day, class %s, band %s)",
                        deployments,
                        getPerDay().orElse(0),
                        frequencyClass,
                        band)
                : "no data";
    }
}
