package io.jenkins.plugins.deploymentsop.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the numbers of a metric verdict by the key names docs/record-format.md recommends (values of canary and
 * baseline, sample sizes, statistic, p-value, interval, effect); any other key (e.g. {@code threshold}) is shown
 * by its name.
 *
 * @param numbers the numbers of one metric verdict
 */
record VerdictNumbers(Map<String, Double> numbers) {
    static final String CANARY = "canary";
    static final String BASELINE = "baseline";
    static final String CANARY_SAMPLES = "canarySamples";
    static final String BASELINE_SAMPLES = "baselineSamples";
    static final String STATISTIC = "statistic";
    static final String P_VALUE = "pValue";
    static final String INTERVAL_LOW = "intervalLow";
    static final String INTERVAL_HIGH = "intervalHigh";
    static final String EFFECT = "effect";

    /** The keys with a column of their own, in the order they are shown. */
    private static final List<String> KNOWN = List.of(
            CANARY,
            BASELINE,
            CANARY_SAMPLES,
            BASELINE_SAMPLES,
            STATISTIC,
            P_VALUE,
            INTERVAL_LOW,
            INTERVAL_HIGH,
            EFFECT);

    String value(final String key) {
        return Optional.ofNullable(numbers.get(key)).map(Numbers::format).orElse(Texts.NONE);
    }

    /** Returns the sample sizes as {@code canary / baseline}, or a dash. */
    String samples() {
        if (!numbers.containsKey(CANARY_SAMPLES) && !numbers.containsKey(BASELINE_SAMPLES)) {
            return Texts.NONE;
        }
        return value(CANARY_SAMPLES) + " / " + value(BASELINE_SAMPLES);
    }

    /** Returns the interval as {@code [low, high]}, or a dash. */
    String interval() {
        if (!numbers.containsKey(INTERVAL_LOW) && !numbers.containsKey(INTERVAL_HIGH)) {
            return Texts.NONE;
        }
        return "[" + value(INTERVAL_LOW) + ", " + value(INTERVAL_HIGH) + "]";
    }

    /** Returns the numbers under other keys as {@code name value} texts, sorted by name. */
    List<String> others() {
        return new TreeMap<>(numbers)
                .entrySet().stream()
                        .filter(entry -> !KNOWN.contains(entry.getKey()))
                        .map(entry -> entry.getKey() + " " + Numbers.format(entry.getValue()))
                        .toList();
    }

    /** Returns every number as {@code name value} texts: the known keys in a fixed order, then the others. */
    List<String> all() {
        return Stream.concat(
                        KNOWN.stream().filter(numbers::containsKey).map(key -> key + " " + value(key)),
                        others().stream())
                .toList();
    }
}
