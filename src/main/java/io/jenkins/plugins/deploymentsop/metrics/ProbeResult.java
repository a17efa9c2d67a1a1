package io.jenkins.plugins.deploymentsop.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a synthetic probe saw: how many requests failed and how long the answered ones took. A request fails when its
 * status is outside the plan's success range, when it times out, or when the connection fails. Latencies are those
 * of answered requests (successful or not), in seconds like Prometheus' histograms.
 */
public final class ProbeResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int requests;
    private final int errors;
    private final double[] latencySeconds;
    private final String firstFailure;

    /**
     * Creates a result.
     *
     * @param requests how many requests were sent
     * @param errors how many of them failed
     * @param latencySeconds the latencies of the answered requests, any order
     * @param firstFailure a description of the first failure, empty if none
     */
    public ProbeResult(final int requests, final int errors, final double[] latencySeconds, final String firstFailure) {
        if (requests < 1 || errors < 0 || errors > requests || latencySeconds.length > requests) {
            throw new IllegalArgumentException(String.format(
                    "Inconsistent probe result: requests=%d, errors=%d, latencies=%d",
                    requests, errors, latencySeconds.length));
        }
        this.requests = requests;
        this.errors = errors;
        this.latencySeconds = latencySeconds.clone();
        Arrays.sort(this.latencySeconds);
        this.firstFailure = firstFailure;
    }

    public int requests() {
        return requests;
    }

    public int errors() {
        return errors;
    }

    /**
     * Returns the share of failed requests.
     *
     * @return errors / requests, from 0 to 1
     */
    public double errorRate() {
        return errors / (double) requests;
    }

    /**
     * Returns the latencies of the answered requests, sorted.
     *
     * @return a copy of the latencies in seconds
     */
    public double[] latencySeconds() {
        return latencySeconds.clone();
    }

    /**
     * Returns a latency quantile.
     *
     * @param q the quantile from 0 to 1, e.g. 0.95
     * @return the latency in seconds, empty if no request was answered
     */
    public Optional<Double> latencyQuantile(final double q) {
        if (latencySeconds.length == 0) {
            return Optional.empty();
        }
        return Optional.of(Quantiles.quantile(latencySeconds, q));
    }

    public Optional<String> firstFailure() {
        return firstFailure.isEmpty() ? Optional.empty() : Optional.of(firstFailure);
    }

    /** Summarizes e.g. {@code 100 requests, 2 errors (2%), p50 12.1 ms, p95 30.4 ms}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT, "%d requests, %d errors (%s%%)", requests, errors, fourDigits(100 * errorRate())));
        latencyQuantile(0.5)
                .ifPresent(p50 ->
                        text.append(", p50 ").append(fourDigits(1000 * p50)).append(" ms"));
        latencyQuantile(0.95)
                .ifPresent(p95 ->
                        text.append(", p95 ").append(fourDigits(1000 * p95)).append(" ms"));
        firstFailure().ifPresent(failure -> text.append("; first failure: ").append(failure));
        return text.toString();
    }

    private static String fourDigits(final double value) {
        return value == 0
                ? "0"
                : new BigDecimal(value)
                        .round(new MathContext(4))
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
