package io.jenkins.plugins.deploymentsop.report;

import java.time.Duration;

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

    private static String join(final long major, final String majorUnit, final long minor, final String minorUnit) {
        return minor == 0 ? major + " " + majorUnit : major + " " + majorUnit + " " + minor + " " + minorUnit;
    }
}
