package io.jenkins.plugins.deploymentsop.checklist.window;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Weekdays, written as {@code MON-FRI}, {@code Mon,Wed,Fri} or full names; ranges may wrap ({@code FRI-MON}). */
public final class WeekdaySet implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ALLOWED = "weekdays such as MON-FRI or MON,TUE,THU (names in English)";

    /** Monday to Friday. */
    public static final WeekdaySet WORKDAYS = valueOf("days", "MON-FRI");
    /** Every day. */
    public static final WeekdaySet EVERY_DAY = valueOf("days", "MON-SUN");

    private final EnumSet<DayOfWeek> days;

    private WeekdaySet(final Set<DayOfWeek> days) {
        this.days = EnumSet.copyOf(days);
    }

    /**
     * Parses a set of weekdays.
     *
     * @param parameter the parameter name, for the error message
     * @param text e.g. {@code MON-FRI}
     * @return the set
     */
    public static WeekdaySet valueOf(final String parameter, final String text) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            int dash = token.indexOf('-');
            if (dash > 0) {
                DayOfWeek from = day(parameter, text, token.substring(0, dash));
                DayOfWeek to = day(parameter, text, token.substring(dash + 1));
                for (DayOfWeek day = from; ; day = day.plus(1)) {
                    days.add(day);
                    if (day == to) {
                        break;
                    }
                }
            } else {
                days.add(day(parameter, text, token));
            }
        }
        if (days.isEmpty()) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        return new WeekdaySet(days);
    }

    /**
     * Parses one weekday name, e.g. {@code FRI} or {@code Friday}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the whole value, for the error message
     * @param name the name
     * @return the day
     */
    static DayOfWeek day(final String parameter, final String text, final String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (wanted.length() >= 3 && day.name().startsWith(wanted)) {
                return day;
            }
        }
        throw new InvalidInputException(parameter, text, ALLOWED);
    }

    public boolean contains(final DayOfWeek day) {
        return days.contains(day);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof WeekdaySet && days.equals(((WeekdaySet) o).days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    /** Renders runs of days compactly, e.g. {@code MON-FRI} or {@code MON, WED-THU}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        DayOfWeek start = null;
        DayOfWeek previous = null;
        for (DayOfWeek day : days) {
            if (start == null) {
                start = day;
            } else if (previous.plus(1) != day) {
                parts.add(range(start, previous));
                start = day;
            }
            previous = day;
        }
        parts.add(range(start, previous));
        return String.join(", ", parts);
    }

    private static String range(final DayOfWeek from, final DayOfWeek to) {
        String first = from.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
        return from == to
                ? first
                : first + "-"
                        + to.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }
}
