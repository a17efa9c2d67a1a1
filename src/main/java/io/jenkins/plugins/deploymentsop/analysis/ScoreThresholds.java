package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;

/**
 * The scores that separate pass, marginal and fail (Kayenta: a score of at least {@code pass} passes, at least
 * {@code marginal} is marginal, below fails).
 *
 * @param pass the lowest passing score, from 0 to 100
 * @param marginal the lowest marginal score, from 0 to pass
 */
public record ScoreThresholds(double pass, double marginal) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Kayenta's usual values: 95 to pass, 75 for marginal. */
    public static final ScoreThresholds DEFAULT = new ScoreThresholds(95, 75);

    /**
     * Creates the thresholds.
     *
     * @param pass the lowest passing score
     * @param marginal the lowest marginal score
     */
    public ScoreThresholds {
        if (!(pass >= 0 && pass <= 100)) {
            throw new InvalidInputException("pass", String.valueOf(pass), "a score from 0 to 100, e.g. 95");
        }
        if (!(marginal >= 0 && marginal <= pass)) {
            throw new InvalidInputException(
                    "marginal", String.valueOf(marginal), "a score from 0 to the pass score " + pass + ", e.g. 75");
        }
    }

    CanaryVerdict classify(final double score) {
        if (score >= pass) {
            return CanaryVerdict.PASS;
        }
        return score >= marginal ? CanaryVerdict.MARGINAL : CanaryVerdict.FAIL;
    }
}
