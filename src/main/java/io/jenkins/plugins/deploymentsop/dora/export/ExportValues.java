package io.jenkins.plugins.deploymentsop.dora.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Number rendering shared by the exports: locale-independent, at most four decimals, no exponent. */
final class ExportValues {
    private ExportValues() {}

    static String number(final double value) {
        return BigDecimal.valueOf(value)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static double seconds(final Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
