package io.jenkins.plugins.deploymentsop.report;

import java.time.Duration;
import java.util.Locale;

/**
 * Formats durations for people, coarse enough to read at a glance: {@code 450 ms}, {@code 45 s}, {@code 12 min},
 * {@code 1 h 5 min}. Below a second it keeps milliseconds, so a fast recovery does not read as "0 s".
 */
final class Durations {
    private Durations() {}

    static String format(final Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return duration.toMillis() + " ms";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = duration.toHours();
        if (hours < 24) {
            return join(hours, "h", minutes % 60, "min");
        }
        return join(duration.toDays(), "d", hours % 24, "h");
    }

    /**
     * Formats a duration that is often short, such as a rollback action: milliseconds below a second, tenths of a
     * second below ten seconds, else as {@link #format}.
     *
     * @param duration the duration
     * @return the text, e.g. {@code 12 ms}, {@code 2.5 s}, {@code 1 min}
     */
    static String precise(final Duration duration) {
        if (duration.isNegative()) {
            return "-" + precise(duration.negated());
        }
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
        }
        return format(duration);
    }

    private static String join(final long major, final String majorUnit, final long minor, final String minorUnit) {
        return minor == 0 ? major + " " + majorUnit : major + " " + majorUnit + " " + minor + " " + minorUnit;
    }
}
