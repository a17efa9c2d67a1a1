package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A look-back window of whole days ending at the report instant: an event belongs to it when
 * {@code end - days <= finishedAt < end}.
 */
public final class DoraWindow implements Comparable<DoraWindow>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest window accepted: ten years. */
    public static final int MAX_DAYS = 3650;

    public static final DoraWindow WEEK = new DoraWindow(7);
    public static final DoraWindow MONTH = new DoraWindow(30);
    public static final DoraWindow QUARTER = new DoraWindow(90);
    public static final DoraWindow YEAR = new DoraWindow(365);
    /** The windows of the DORA page: 7, 30, 90 and 365 days. */
    public static final List<DoraWindow> STANDARD = List.of(WEEK, MONTH, QUARTER, YEAR);

    private static final String ALLOWED = "a whole number of days from 1 to " + MAX_DAYS + ", e.g. 30 or 30d";

    private final int days;

    private DoraWindow(final int days) {
        this.days = days;
    }

    /**
     * Creates a window.
     *
     * @param days the length in days
     * @return the window
     * @throws InvalidInputException if the length is not from 1 to {@link #MAX_DAYS}
     */
    public static DoraWindow ofDays(final int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("window", String.valueOf(days), ALLOWED);
        }
        return new DoraWindow(days);
    }

    /**
     * Parses a window from a request parameter such as {@code 30} or {@code 30d}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the window
     * @throws InvalidInputException if the text is not a valid window
     */
    public static DoraWindow valueOf(final String parameter, final String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.endsWith("d")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.length() > 4 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        int value = Integer.parseInt(trimmed);
        if (value < 1 || value > MAX_DAYS) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        return new DoraWindow(value);
    }

    public int getDays() {
        return days;
    }

    public Duration toDuration() {
        return Duration.ofDays(days);
    }

    /**
     * Returns the first instant inside this window.
     *
     * @param end the end of the window (exclusive)
     * @return {@code end} minus the window length
     */
    public Instant start(final Instant end) {
        return end.minus(toDuration());
    }

    @Override
    public int compareTo(final DoraWindow other) {
        return Integer.compare(days, other.days);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DoraWindow && ((DoraWindow) o).days == days;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(days);
    }

    /** Renders the window as the page shows it, e.g. {@code 30 days}. */
    @Override
    public String toString() {
        return days == 1 ? "1 day" : days + " days";
    }
}
