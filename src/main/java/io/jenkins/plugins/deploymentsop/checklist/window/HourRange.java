package io.jenkins.plugins.deploymentsop.checklist.window;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time-of-day range {@code HH:MM-HH:MM}: the start belongs to it, the end does not; {@code 24:00} is the end of the
 * day; a start after the end spans midnight ({@code 22:00-06:00}).
 */
public final class HourRange implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final String ALLOWED = "hours such as 09:00-17:00 (end excluded; 24:00 is midnight)";
    private static final int MINUTES_PER_DAY = 24 * 60;

    /** The whole day. */
    public static final HourRange ALL_DAY = new HourRange(0, MINUTES_PER_DAY);

    private final int start;
    private final int end;

    private HourRange(final int start, final int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Parses a range.
     *
     * @param parameter the parameter name, for the error message
     * @param text e.g. {@code 09:00-17:00}
     * @return the range
     */
    public static HourRange valueOf(final String parameter, final String text) {
        Matcher matcher = RANGE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        int start = minutes(parameter, text, matcher.group(1));
        int end = minutes(parameter, text, matcher.group(2));
        if (start == end || start == MINUTES_PER_DAY) {
            throw new InvalidInputException(parameter, text, ALLOWED + "; start and end must differ");
        }
        return new HourRange(start, end);
    }

    /**
     * Parses a time of day, {@code HH:MM}, allowing {@code 24:00}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the whole value, for the error message
     * @param time the time
     * @return minutes since midnight
     */
    static int minutes(final String parameter, final String text, final String time) {
        String padded = time.strip().length() == 4 ? "0" + time.strip() : time.strip();
        if (padded.equals("24:00")) {
            return MINUTES_PER_DAY;
        }
        try {
            LocalTime parsed = LocalTime.parse(padded);
            return parsed.getHour() * 60 + parsed.getMinute();
        } catch (DateTimeParseException exception) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
    }

    /**
     * Tells whether a time of day falls into the range.
     *
     * @param time the time
     * @return {@code true} if inside
     */
    public boolean contains(final LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        if (start < end) {
            return minute >= start && minute < end;
        }
        return minute >= start || minute < end;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof HourRange && ((HourRange) o).start == start && ((HourRange) o).end == end;
    }

    @Override
    public int hashCode() {
        return start * 31 + end;
    }

    @Override
    public String toString() {
        return format(start) + "-" + format(end);
    }

    static String format(final int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
