package io.jenkins.plugins.deploymentsop.value;

import java.io.Serializable;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative span of time as written in a Jenkinsfile: {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 500ms},
 * {@code 2d} or ISO-8601 {@code PT5M}. Intervals, bake times, sustained-for windows and timeouts all use it.
 */
public final class TimeSpan implements Comparable<TimeSpan>, Serializable {
    private static final long serialVersionUID = 1L;

    /** No time at all: e.g. a watch of {@code 0s} is a one-off gate. */
    public static final TimeSpan ZERO = new TimeSpan(0);

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|d|h|m|s)");
    private static final String ALLOWED =
            "a duration such as 30s, 5m, 1h30m, 500ms, 2d or ISO-8601 PT5M (units ms, s, m, h, d)";

    private final long millis;

    private TimeSpan(final long millis) {
        this.millis = millis;
    }

    /**
     * Parses a duration written by a user.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text to parse
     * @return the time span
     * @throws InvalidInputException if the text is not a valid non-negative duration
     */
    public static TimeSpan valueOf(final String parameter, final String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        if (trimmed.startsWith("pt") || trimmed.startsWith("p")) {
            try {
                return of(parameter, Duration.parse(trimmed.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException exception) {
                throw new InvalidInputException(parameter, text, ALLOWED);
            }
        }
        if (trimmed.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException(parameter, text, ALLOWED + "; a unit is required");
        }
        Matcher matcher = PART.matcher(trimmed);
        long total = 0;
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() != end) {
                throw new InvalidInputException(parameter, text, ALLOWED);
            }
            end = matcher.end();
            try {
                total = Math.addExact(total, toMillis(Long.parseLong(matcher.group(1)), matcher.group(2)));
            } catch (ArithmeticException | NumberFormatException exception) {
                throw new InvalidInputException(parameter, text, ALLOWED + " that is not absurdly long");
            }
        }
        if (end != trimmed.length()) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        return new TimeSpan(total);
    }

    /**
     * Wraps a {@link Duration}.
     *
     * @param parameter the parameter name, for the error message
     * @param duration a non-negative duration
     * @return the time span
     */
    public static TimeSpan of(final String parameter, final Duration duration) {
        if (duration.isNegative()) {
            throw new InvalidInputException(parameter, duration.toString(), "a duration that is not negative");
        }
        return new TimeSpan(duration.toMillis());
    }

    public static TimeSpan ofMillis(final long millis) {
        return of("duration", Duration.ofMillis(millis));
    }

    public static TimeSpan ofSeconds(final long seconds) {
        return of("duration", Duration.ofSeconds(seconds));
    }

    public static TimeSpan ofMinutes(final long minutes) {
        return of("duration", Duration.ofMinutes(minutes));
    }

    private static long toMillis(final long amount, final String unit) {
        switch (unit) {
            case "ms":
                return amount;
            case "s":
                return Math.multiplyExact(amount, 1000L);
            case "m":
                return Math.multiplyExact(amount, 60_000L);
            case "h":
                return Math.multiplyExact(amount, 3_600_000L);
            default:
                return Math.multiplyExact(amount, 86_400_000L);
        }
    }

    public Duration toDuration() {
        return Duration.ofMillis(millis);
    }

    public long toMillis() {
        return millis;
    }

    public boolean isZero() {
        return millis == 0;
    }

    /**
     * Multiplies this span, e.g. interval × failure limit.
     *
     * @param factor a non-negative factor
     * @return the product
     */
    public TimeSpan times(final long factor) {
        return ofMillis(Math.multiplyExact(millis, factor));
    }

    public TimeSpan plus(final TimeSpan other) {
        return new TimeSpan(Math.addExact(millis, other.millis));
    }

    @Override
    public int compareTo(final TimeSpan other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof TimeSpan && ((TimeSpan) o).millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    /** Renders the span in the same short syntax that {@link #valueOf} reads, e.g. {@code 1h30m}. */
    @Override
    public String toString() {
        if (millis == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long rest = millis;
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
        String[] units = {"d", "h", "m", "s", "ms"};
        for (int i = 0; i < sizes.length; i++) {
            long amount = rest / sizes[i];
            if (amount > 0) {
                text.append(amount).append(units[i]);
                rest -= amount * sizes[i];
            }
        }
        return text.toString();
    }
}
