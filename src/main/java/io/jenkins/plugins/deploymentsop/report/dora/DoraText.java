package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DeploymentFrequency;
import io.jenkins.plugins.deploymentsop.dora.PerformanceBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the DORA page words values: short durations, rates per day/week/month, bands and "no data". */
public final class DoraText {
    /** Shown instead of a value when a period has no data. */
    public static final String NO_DATA = "No data";

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private DoraText() {}

    /**
     * Renders a duration with its two largest units, e.g. {@code 45s}, {@code 12m}, {@code 3h 20m}, {@code 2d 4h};
     * below a second in milliseconds ({@code 450ms}), so a fast recovery does not read as "0s".
     *
     * @param duration the duration
     * @return the text
     */
    public static String duration(final Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds == 0) {
            return Math.max(0, duration.toMillis()) + "ms";
        }
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return two(hours, "h", minutes % 60, "m");
        }
        return two(hours / 24, "d", hours % 24, "h");
    }

    private static String two(final long major, final String majorUnit, final long minor, final String minorUnit) {
        return minor == 0 ? major + majorUnit : major + majorUnit + " " + minor + minorUnit;
    }

    /**
     * Renders a deployment rate in the unit that gives a number of at least one where possible.
     *
     * @param frequency the frequency
     * @return e.g. {@code 2.3 per day}, {@code 1.5 per week}, {@code 0.4 per month}, or "No data"
     */
    public static String rate(final DeploymentFrequency frequency) {
        if (!frequency.hasData()) {
            return NO_DATA;
        }
        double perDay = frequency.getPerDay().orElseThrow();
        if (perDay >= 1) {
            return decimal(perDay) + " per day";
        }
        if (perDay * 7 >= 1) {
            return decimal(perDay * 7) + " per week";
        }
        return decimal(perDay * 30) + " per month";
    }

    /**
     * Renders a number with at most one decimal.
     *
     * @param value the value
     * @return e.g. {@code 2.3} or {@code 4}
     */
    public static String decimal(final double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    public static String band(final Optional<PerformanceBand> band) {
        return band.map(PerformanceBand::getDisplayName).orElse(NO_DATA);
    }

    /**
     * Returns the CSS class of a band: {@code dsop-band-elite} ... {@code dsop-band-low}, or {@code dsop-band-none}.
     *
     * @param band the band
     * @return the class
     */
    public static String bandClass(final Optional<PerformanceBand> band) {
        return "dsop-band-"
                + band.map(value -> value.name().toLowerCase(Locale.ROOT)).orElse("none");
    }

    /**
     * Renders an instant in the report's zone, e.g. {@code 2026-02-04 12:00 UTC}.
     *
     * @param instant the instant
     * @param zone the zone
     * @return the text
     */
    public static String instant(final Instant instant, final ZoneId zone) {
        String name = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        return INSTANT.format(instant.atZone(zone)) + " " + name;
    }

    /**
     * Renders a count with its noun, e.g. {@code 1 deployment}, {@code 3 deployments}.
     *
     * @param count the count
     * @param noun the singular noun
     * @return the text
     */
    public static String count(final long count, final String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
