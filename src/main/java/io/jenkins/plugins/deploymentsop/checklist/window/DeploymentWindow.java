package io.jenkins.plugins.deploymentsop.checklist.window;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When deployments may happen: allowed weekdays, allowed hours, freeze periods and "not before weekends" (no
 * deployment on Friday from a given time, so that nobody debugs production over the weekend).
 */
public final class DeploymentWindow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final WeekdaySet days;
    private final ArrayList<HourRange> hours;
    private final ArrayList<FreezePeriod> freezes;

    @CheckForNull
    private final LocalTime notBeforeWeekendFrom;

    /**
     * Creates a window.
     *
     * @param days the allowed weekdays
     * @param hours the allowed hours (any of them); empty for all day
     * @param freezes the freeze periods
     * @param notBeforeWeekendFrom from which time on Fridays nothing is deployed, if any
     */
    public DeploymentWindow(
            final WeekdaySet days,
            final List<HourRange> hours,
            final List<FreezePeriod> freezes,
            final Optional<LocalTime> notBeforeWeekendFrom) {
        this.days = days;
        this.hours = new ArrayList<>(hours);
        this.freezes = new ArrayList<>(freezes);
        this.notBeforeWeekendFrom = notBeforeWeekendFrom.orElse(null);
    }

    /**
     * Judges a moment.
     *
     * @param time the moment in the window's time zone
     * @return why the window is closed, or empty if it is open
     */
    public Optional<String> closedBecause(final ZonedDateTime time) {
        for (FreezePeriod freeze : freezes) {
            if (freeze.covers(time)) {
                return Optional.of("inside " + freeze.describe());
            }
        }
        if (!days.contains(time.getDayOfWeek())) {
            return Optional.of("deployments are allowed on " + days + " only");
        }
        if (!hours.isEmpty() && hours.stream().noneMatch(range -> range.contains(time.toLocalTime()))) {
            return Optional.of("outside the allowed hours " + hoursText());
        }
        if (notBeforeWeekendFrom != null
                && time.getDayOfWeek() == DayOfWeek.FRIDAY
                && !time.toLocalTime().isBefore(notBeforeWeekendFrom)) {
            return Optional.of("Friday from " + notBeforeWeekendFrom + " (not before the weekend)");
        }
        return Optional.empty();
    }

    /**
     * Finds the first moment after a start at which the window is closed, before a span has passed: the window must
     * stay open for the whole deployment, its validation and a rollback. The end itself may be closed (a window
     * {@code 09:00-17:00} holds a span that ends at 17:00).
     *
     * @param start an open moment, in the window's time zone
     * @param span how long the window must stay open
     * @return when and why the window closes within the span, or empty if it stays open
     */
    public Optional<Closing> closesWithin(final ZonedDateTime start, final Duration span) {
        ZonedDateTime end = start.plus(span);
        // every rule changes at whole minutes, except date-time freezes and "not before the weekend" given with
        // seconds: those starts are candidates of their own
        TreeSet<ZonedDateTime> candidates = new TreeSet<>();
        for (ZonedDateTime minute = start.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
                minute.isBefore(end);
                minute = minute.plusMinutes(1)) {
            candidates.add(minute);
        }
        for (FreezePeriod freeze : freezes) {
            if (freeze instanceof FreezePeriod.Moments moments) {
                candidates.add(moments.from().atZone(start.getZone()));
            }
        }
        if (notBeforeWeekendFrom != null) {
            for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
                candidates.add(day.atTime(notBeforeWeekendFrom).atZone(start.getZone()));
            }
        }
        for (ZonedDateTime candidate : candidates.subSet(start, false, end, false)) {
            Optional<String> closed = closedBecause(candidate);
            if (closed.isPresent()) {
                return Optional.of(new Closing(candidate, closed.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * When and why a window closes.
     *
     * @param at the first closed moment, in the window's time zone
     * @param reason why it is closed then
     */
    public record Closing(ZonedDateTime at, String reason) {}

    /**
     * Describes the window, e.g. {@code MON-FRI 09:00-17:00; not on Fridays from 15:00; 2 freeze periods}.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder text = new StringBuilder(days.toString());
        if (!hours.isEmpty()) {
            text.append(' ').append(hoursText());
        }
        if (notBeforeWeekendFrom != null) {
            text.append("; not on Fridays from ").append(notBeforeWeekendFrom);
        }
        if (!freezes.isEmpty()) {
            text.append("; ").append(freezes.size()).append(freezes.size() == 1 ? " freeze period" : " freeze periods");
        }
        return text.toString();
    }

    private String hoursText() {
        List<String> ranges = new ArrayList<>();
        hours.forEach(range -> ranges.add(range.toString()));
        return String.join(", ", ranges);
    }

    public List<FreezePeriod> freezes() {
        return List.copyOf(freezes);
    }
}
