package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;

/**
 * How big a significant change must be before it counts, as a ratio canary / stable (Kayenta's effect size): with
 * an allowed increase of 1.1 a canary 5% slower passes even when the test is sure it is slower. Beyond the critical
 * ratios a failure fails the whole canary regardless of the score.
 *
 * @param allowedIncrease the largest tolerated ratio, at least 1
 * @param allowedDecrease the smallest tolerated ratio, from 0 to 1
 * @param criticalIncrease the ratio from which an increase is critical, at least allowedIncrease (+Inf: never)
 * @param criticalDecrease the ratio up to which a decrease is critical, at most allowedDecrease (0: never)
 */
public record EffectLimits(
        double allowedIncrease, double allowedDecrease, double criticalIncrease, double criticalDecrease)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Any significant change in the bad direction counts; nothing is critical by size. */
    public static final EffectLimits NONE = new EffectLimits(1, 1, Double.POSITIVE_INFINITY, 0);

    /**
     * Creates the limits.
     *
     * @param allowedIncrease the largest tolerated ratio
     * @param allowedDecrease the smallest tolerated ratio
     * @param criticalIncrease the ratio from which an increase is critical
     * @param criticalDecrease the ratio up to which a decrease is critical
     */
    public EffectLimits {
        if (!(allowedIncrease >= 1) || Double.isInfinite(allowedIncrease)) {
            throw new InvalidInputException(
                    "allowedIncrease", String.valueOf(allowedIncrease), "a finite ratio of at least 1, e.g. 1.1");
        }
        if (!(allowedDecrease > 0 && allowedDecrease <= 1)) {
            throw new InvalidInputException(
                    "allowedDecrease", String.valueOf(allowedDecrease), "a ratio above 0 and at most 1, e.g. 0.9");
        }
        if (!(criticalIncrease >= allowedIncrease)) {
            throw new InvalidInputException(
                    "criticalIncrease",
                    String.valueOf(criticalIncrease),
                    "a ratio of at least the allowed increase " + allowedIncrease);
        }
        if (!(criticalDecrease >= 0 && criticalDecrease <= allowedDecrease)) {
            throw new InvalidInputException(
                    "criticalDecrease",
                    String.valueOf(criticalDecrease),
                    "a ratio from 0 to the allowed decrease " + allowedDecrease);
        }
    }

    /**
     * Creates limits without critical sizes.
     *
     * @param allowedIncrease the largest tolerated ratio
     * @param allowedDecrease the smallest tolerated ratio
     * @return the limits
     */
    public static EffectLimits allowing(final double allowedIncrease, final double allowedDecrease) {
        return new EffectLimits(allowedIncrease, allowedDecrease, Double.POSITIVE_INFINITY, 0);
    }

    /**
     * Returns a copy with critical sizes.
     *
     * @param increase the ratio from which an increase is critical
     * @param decrease the ratio up to which a decrease is critical
     * @return the copy
     */
    public EffectLimits withCritical(final double increase, final double decrease) {
        return new EffectLimits(allowedIncrease, allowedDecrease, increase, decrease);
    }
}
