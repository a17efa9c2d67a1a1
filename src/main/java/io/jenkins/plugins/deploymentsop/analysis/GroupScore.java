package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;

/**
 * The score of one metric group: the share of its judged metrics that passed. Metrics without data do not count;
 * metrics whose source failed count as failed.
 *
 * @param group the group's name
 * @param weight the group's weight in the total
 * @param passed how many metrics passed
 * @param judged how many metrics were judged (passed, failed or errored)
 * @param withoutData how many metrics had no data
 */
public record GroupScore(String group, double weight, int passed, int judged, int withoutData) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Returns the score from 0 to 100.
     *
     * @return 100 × passed / judged, NaN if nothing was judged
     */
    public double score() {
        return judged == 0 ? Double.NaN : 100.0 * passed / judged;
    }

    @Override
    public String toString() {
        return String.format(
                "%s %d/%d%s (weight %s)",
                group,
                passed,
                judged,
                withoutData > 0 ? ", " + withoutData + " without data" : "",
                Numbers.format(weight));
    }
}
