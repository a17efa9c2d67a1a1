package io.jenkins.plugins.deploymentsop.analysis;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;

/**
 * Events out of trials on one side, e.g. 12 errors out of 48,000 requests. Prometheus' {@code increase()} gives
 * extrapolated, fractional counts: they are rounded to whole numbers here.
 *
 * @param events how many events (errors), from 0 to trials
 * @param trials how many trials (requests)
 */
public record EventCounts(long events, long trials) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the counts.
     *
     * @param events how many events
     * @param trials how many trials
     */
    public EventCounts {
        if (trials < 0 || events < 0 || events > trials) {
            throw new InvalidInputException(
                    "counts", events + " of " + trials, "events from 0 to the number of trials, trials at least 0");
        }
    }

    /**
     * Creates counts from measured, possibly fractional values. Events slightly above trials (two queries evaluated
     * a moment apart) are capped at the trials.
     *
     * @param events the measured events
     * @param trials the measured trials
     * @return the rounded counts
     */
    public static EventCounts rounded(final double events, final double trials) {
        if (!Double.isFinite(events) || !Double.isFinite(trials) || events < 0 || trials < 0) {
            throw new InvalidInputException("counts", events + " of " + trials, "finite counts of at least 0");
        }
        long roundedTrials = Math.round(trials);
        return new EventCounts(Math.min(Math.round(events), roundedTrials), roundedTrials);
    }

    /**
     * Returns the rate.
     *
     * @return events / trials, NaN without trials
     */
    public double rate() {
        return trials == 0 ? Double.NaN : events / (double) trials;
    }

    @Override
    public String toString() {
        return events + " of " + trials;
    }
}
