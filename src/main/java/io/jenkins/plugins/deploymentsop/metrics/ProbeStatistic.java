package io.jenkins.plugins.deploymentsop.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Which number of a {@link ProbeResult} a probe source reports. Error rates are fractions, latencies seconds. */
public enum ProbeStatistic {
    /** Failed requests / requests, from 0 to 1. */
    ERROR_RATE,
    /** Median latency in seconds. */
    LATENCY_P50,
    /** 95th percentile latency in seconds. */
    LATENCY_P95,
    /** 99th percentile latency in seconds. */
    LATENCY_P99,
    /** Every latency in seconds, one sample per answered request: input for statistical judges. */
    LATENCIES;

    Measurement extract(final ProbeResult result, final Instant now) {
        switch (this) {
            case ERROR_RATE:
                return Measurement.of(now, result.errorRate());
            case LATENCIES:
                double[] latencies = result.latencySeconds();
                if (latencies.length == 0) {
                    return noAnswer(result);
                }
                List<Sample> samples = new ArrayList<>(latencies.length);
                for (double latency : latencies) {
                    samples.add(new Sample(now, latency));
                }
                return Measurement.of(samples);
            default:
                return result.latencyQuantile(quantile())
                        .map(latency -> Measurement.of(now, latency))
                        .orElseGet(() -> noAnswer(result));
        }
    }

    private double quantile() {
        switch (this) {
            case LATENCY_P50:
                return 0.5;
            case LATENCY_P95:
                return 0.95;
            default:
                return 0.99;
        }
    }

    private static Measurement noAnswer(final ProbeResult result) {
        return Measurement.noData("no request was answered, so there is no latency: " + result);
    }
}
