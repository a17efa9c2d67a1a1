package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;

/**
 * The Hodges-Lehmann estimate of how far the canary's values are shifted against the stable ones (the median of all
 * pairwise differences canary - stable) with its distribution-free confidence interval (Moses).
 *
 * @param estimate the estimated shift, in the metric's unit
 * @param lower the lower end of the confidence interval
 * @param upper the upper end of the confidence interval
 * @param confidence the confidence level of the interval, e.g. 0.95
 * @param exact whether the interval comes from the exact distribution (small samples without ties) or the normal
 *     approximation
 */
public record ShiftEstimate(double estimate, double lower, double upper, double confidence, boolean exact)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return String.format(
                "shift %s (%s%% CI %s .. %s)",
                Numbers.signed(estimate),
                Numbers.format(100 * confidence),
                Numbers.signed(lower),
                Numbers.signed(upper));
    }
}
