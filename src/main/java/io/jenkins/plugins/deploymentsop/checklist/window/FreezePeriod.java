package io.jenkins.plugins.deploymentsop.checklist.window;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** A time when nothing is deployed: a date range, a date-time range, a yearly range or a weekly slot. */
public sealed interface FreezePeriod extends Serializable
        permits FreezePeriod.Dates, FreezePeriod.Moments, FreezePeriod.Yearly, FreezePeriod.Weekly {
    /**
     * Tells whether the period covers a moment, in the window's time zone.
     *
     * @param time the moment
     * @return {@code true} if frozen
     */
    boolean covers(ZonedDateTime time);

    /**
     * Returns the period's name, or its definition if it has none.
     *
     * @return the description
     */
    String describe();

    /**
     * Parses {@code 2026-05-01}, {@code 2026-12-20..2027-01-02} or {@code 2026-03-01T18:00..2026-03-02T06:00}.
     *
     * @param parameter the parameter name, for the error message
     * @param name the period's name, may be empty
     * @param text the dates
     * @return the period
     */
    static FreezePeriod dates(final String parameter, final String name, final String text) {
        String[] bounds = text.strip().split("\\.\\.", -1);
        if (bounds.length > 2) {
            throw new InvalidInputException(parameter, text, "a date or a range such as 2026-12-20..2027-01-02");
        }
        String from = bounds[0].strip();
        String to = bounds[bounds.length - 1].strip();
        try {
            if (from.contains("T") || to.contains("T")) {
                LocalDateTime start = LocalDateTime.parse(from);
                LocalDateTime end = LocalDateTime.parse(to);
                if (!end.isAfter(start)) {
                    throw new InvalidInputException(parameter, text, "a range whose end is after its start");
                }
                return new Moments(name, start, end);
            }
            LocalDate start = LocalDate.parse(from);
            LocalDate end = LocalDate.parse(to);
            if (end.isBefore(start)) {
                throw new InvalidInputException(parameter, text, "a range whose end is not before its start");
            }
            return new Dates(name, start, end);
        } catch (DateTimeParseException exception) {
            throw new InvalidInputException(
                    parameter,
                    text,
                    "a date (2026-05-01), a range (2026-12-20..2027-01-02) or a date-time range"
                            + " (2026-03-01T18:00..2026-03-02T06:00)");
        }
    }

    /**
     * Parses a yearly range {@code 12-20..01-02} (month-day, may wrap around the new year).
     *
     * @param parameter the parameter name, for the error message
     * @param name the period's name, may be empty
     * @param text the range
     * @return the period
     */
    static FreezePeriod yearly(final String parameter, final String name, final String text) {
        String[] bounds = text.strip().split("\\.\\.", -1);
        try {
            MonthDay from = MonthDay.parse("--" + bounds[0].strip());
            MonthDay to = MonthDay.parse("--" + bounds[bounds.length - 1].strip());
            if (bounds.length > 2) {
                throw new InvalidInputException(parameter, text, "a yearly range such as 12-20..01-02");
            }
            return new Yearly(name, from, to);
        } catch (DateTimeParseException exception) {
            throw new InvalidInputException(parameter, text, "a yearly range of month-days such as 12-20..01-02");
        }
    }

    /**
     * Parses a weekly slot {@code FRI 15:00-24:00} or a whole weekday {@code SUN}.
     *
     * @param parameter the parameter name, for the error message
     * @param name the period's name, may be empty
     * @param text the slot
     * @return the period
     */
    static FreezePeriod weekly(final String parameter, final String name, final String text) {
        String[] parts = text.strip().split("\\s+", 2);
        DayOfWeek day = WeekdaySet.day(parameter, text, parts[0]);
        HourRange hours = parts.length == 2 ? HourRange.valueOf(parameter, parts[1]) : HourRange.ALL_DAY;
        return new Weekly(name, day, hours);
    }

    /**
     * Whole days, both ends included.
     *
     * @param name the name
     * @param from the first day
     * @param to the last day
     */
    record Dates(String name, LocalDate from, LocalDate to) implements FreezePeriod {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean covers(final ZonedDateTime time) {
            LocalDate day = time.toLocalDate();
            return !day.isBefore(from) && !day.isAfter(to);
        }

        @Override
        public String describe() {
            String dates = from.equals(to) ? from.toString() : from + ".." + to;
            return name.isEmpty() ? "freeze " + dates : name + " (" + dates + ")";
        }
    }

    /**
     * A span between two local date-times, start included, end excluded.
     *
     * @param name the name
     * @param from the start
     * @param to the end
     */
    record Moments(String name, LocalDateTime from, LocalDateTime to) implements FreezePeriod {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean covers(final ZonedDateTime time) {
            LocalDateTime local = time.toLocalDateTime();
            return !local.isBefore(from) && local.isBefore(to);
        }

        @Override
        public String describe() {
            String span = from + ".." + to;
            return name.isEmpty() ? "freeze " + span : name + " (" + span + ")";
        }
    }

    /**
     * The same days every year, both ends included; {@code 12-20..01-02} spans the new year.
     *
     * @param name the name
     * @param from the first day
     * @param to the last day
     */
    record Yearly(String name, MonthDay from, MonthDay to) implements FreezePeriod {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean covers(final ZonedDateTime time) {
            MonthDay day = MonthDay.from(time);
            if (!from.isAfter(to)) {
                return !day.isBefore(from) && !day.isAfter(to);
            }
            return !day.isBefore(from) || !day.isAfter(to);
        }

        @Override
        public String describe() {
            String span = String.format(
                    "every year %02d-%02d..%02d-%02d",
                    from.getMonthValue(), from.getDayOfMonth(), to.getMonthValue(), to.getDayOfMonth());
            return name.isEmpty() ? "freeze " + span : name + " (" + span + ")";
        }
    }

    /**
     * Hours of one weekday, every week.
     *
     * @param name the name
     * @param day the weekday
     * @param hours the hours
     */
    record Weekly(String name, DayOfWeek day, HourRange hours) implements FreezePeriod {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean covers(final ZonedDateTime time) {
            return time.getDayOfWeek() == day && hours.contains(time.toLocalTime());
        }

        @Override
        public String describe() {
            String slot = "every " + day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + (hours.equals(HourRange.ALL_DAY) ? "" : " " + hours);
            return name.isEmpty() ? "freeze " + slot : name + " (" + slot + ")";
        }
    }
}
