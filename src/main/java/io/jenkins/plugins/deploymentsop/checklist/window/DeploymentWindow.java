package io.jenkins.plugins.deploymentsop.checklist.window;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
