package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigMap;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigValue;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.checklist.window.DeploymentWindow;
import io.jenkins.plugins.deploymentsop.checklist.window.EmergencyOverride;
import io.jenkins.plugins.deploymentsop.checklist.window.FreezePeriod;
import io.jenkins.plugins.deploymentsop.checklist.window.HourRange;
import io.jenkins.plugins.deploymentsop.checklist.window.WeekdaySet;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Deployment window": the current time, in the window's time zone, is on an allowed weekday and hour, outside
 * every freeze period and not on a Friday afternoon before the weekend; with {@code mustStayOpenFor} the window also
 * stays open that long (deployment, validation and rollback: "Rollback time accounted for"). An emergency override
 * with a reason turns a closed window into WAIVED, reason recorded.
 */
public final class WindowCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "window";
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final TimeSpan LONGEST_STAY = TimeSpan.valueOf("mustStayOpenFor", "7d");

    @CheckForNull
    private final ZoneId zone;

    private final DeploymentWindow window;

    @CheckForNull
    private final EmergencyOverride emergencyOverride;

    @CheckForNull
    private final TimeSpan mustStayOpenFor;

    /**
     * Creates the check.
     *
     * @param zone the window's time zone; empty for the context's default
     * @param window the window
     * @param emergencyOverride the override, if an emergency deployment was declared
     */
    public WindowCheck(
            final Optional<ZoneId> zone,
            final DeploymentWindow window,
            final Optional<EmergencyOverride> emergencyOverride) {
        this(zone, window, emergencyOverride, Optional.empty());
    }

    /**
     * Creates the check.
     *
     * @param zone the window's time zone; empty for the context's default
     * @param window the window
     * @param emergencyOverride the override, if an emergency deployment was declared
     * @param mustStayOpenFor how long the window must stay open after the start (deployment and rollback), if at all
     */
    public WindowCheck(
            final Optional<ZoneId> zone,
            final DeploymentWindow window,
            final Optional<EmergencyOverride> emergencyOverride,
            final Optional<TimeSpan> mustStayOpenFor) {
        this.zone = zone.orElse(null);
        this.window = window;
        this.emergencyOverride = emergencyOverride.orElse(null);
        this.mustStayOpenFor = mustStayOpenFor.orElse(null);
    }

    static WindowCheck read(final ItemFields fields) {
        Optional<ZoneId> zone = fields.parsed("timezone", WindowCheck::zone);
        WeekdaySet days = fields.parsedJoined("days", WeekdaySet::valueOf).orElse(WeekdaySet.WORKDAYS);
        List<HourRange> hours = new ArrayList<>();
        for (ConfigValue range : fields.list("hours")) {
            hours.add(fields.parse(range, fields.path("hours"), HourRange::valueOf));
        }
        List<FreezePeriod> freezes = new ArrayList<>();
        int index = 0;
        for (ConfigValue entry : fields.list("freeze")) {
            freezes.add(freeze(fields, entry, fields.path("freeze") + "[" + index++ + "]"));
        }
        Optional<LocalTime> notBeforeWeekend = fields.parsed("notBeforeWeekend", WindowCheck::time);
        Optional<TimeSpan> mustStayOpenFor = fields.parsed("mustStayOpenFor", WindowCheck::stay);
        return new WindowCheck(
                zone,
                new DeploymentWindow(days, hours, freezes, notBeforeWeekend),
                emergencyOverride(fields),
                mustStayOpenFor);
    }

    private static TimeSpan stay(final String parameter, final String text) {
        TimeSpan span = TimeSpan.valueOf(parameter, text);
        if (span.isZero() || span.compareTo(LONGEST_STAY) > 0) {
            throw new InvalidInputException(
                    parameter,
                    text,
                    "the time the deployment and its rollback need, above 0 and at most " + LONGEST_STAY
                            + ", e.g. 90m");
        }
        return span;
    }

    private static FreezePeriod freeze(final ItemFields fields, final ConfigValue entry, final String path) {
        if (!(entry instanceof ConfigMap)) {
            return fields.parse(entry, path, (parameter, text) -> FreezePeriod.dates(parameter, "", text));
        }
        ItemFields freeze = fields.nested(entry, path);
        String name = freeze.optionalString("name").orElse("");
        List<FreezePeriod> kinds = new ArrayList<>();
        freeze.parsed("date", (parameter, text) -> FreezePeriod.dates(parameter, name, text))
                .ifPresent(kinds::add);
        freeze.parsed("dates", (parameter, text) -> FreezePeriod.dates(parameter, name, text))
                .ifPresent(kinds::add);
        freeze.parsed("yearly", (parameter, text) -> FreezePeriod.yearly(parameter, name, text))
                .ifPresent(kinds::add);
        freeze.parsed("weekly", (parameter, text) -> FreezePeriod.weekly(parameter, name, text))
                .ifPresent(kinds::add);
        freeze.rejectUnknown();
        if (kinds.size() != 1) {
            throw freeze.problem("a freeze period needs exactly one of 'date', 'dates', 'yearly' or 'weekly'");
        }
        return kinds.get(0);
    }

    private static Optional<EmergencyOverride> emergencyOverride(final ItemFields fields) {
        Optional<ConfigValue> value = fields.value("emergencyOverride");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ConfigMap) {
            ItemFields override = fields.nested(value.get(), fields.path("emergencyOverride"));
            String reason = override.optionalString("reason").orElse("");
            String by = override.optionalString("by").orElse("");
            override.rejectUnknown();
            if (reason.isBlank()) {
                throw override.missing("reason", "why the window is overridden, e.g. the incident it fixes");
            }
            return Optional.of(new EmergencyOverride(reason, by));
        }
        return Optional.of(fields.parse(
                value.get(), fields.path("emergencyOverride"), (parameter, text) -> new EmergencyOverride(text, "")));
    }

    private static ZoneId zone(final String parameter, final String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException exception) {
            throw new InvalidInputException(
                    parameter, text, "a time zone such as Europe/Berlin, UTC or America/New_York");
        }
    }

    private static LocalTime time(final String parameter, final String text) {
        String padded = text.strip().length() == 4 ? "0" + text.strip() : text.strip();
        try {
            return LocalTime.parse(padded);
        } catch (DateTimeException exception) {
            throw new InvalidInputException(parameter, text, "a time of day such as 15:00");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) {
        ZoneId effective = zone == null ? context.zone() : zone;
        ZonedDateTime now = ZonedDateTime.now(context.clock()).withZoneSameInstant(effective);
        String moment = MOMENT.format(now) + " " + effective.getId();
        Optional<String> closed = window.closedBecause(now);
        if (closed.isPresent()) {
            return closedOutcome(moment + " is outside the deployment window: " + closed.get());
        }
        if (mustStayOpenFor != null) {
            ZonedDateTime end = now.plus(mustStayOpenFor.toDuration());
            Optional<DeploymentWindow.Closing> closing = window.closesWithin(now, mustStayOpenFor.toDuration());
            if (closing.isPresent()) {
                ZonedDateTime at = closing.get().at();
                return closedOutcome(String.format(
                        "%s is inside the deployment window, but it closes at %s (%s), %s after the start; the"
                                + " deployment and its rollback need it open for %s (mustStayOpenFor), until %s",
                        moment,
                        when(now, at),
                        closing.get().reason(),
                        TimeSpan.of("closing", Duration.between(now, at).truncatedTo(ChronoUnit.SECONDS)),
                        mustStayOpenFor,
                        when(now, end)));
            }
            return CheckOutcome.passed(String.format(
                    "%s is inside the deployment window (%s) and stays open for %s (mustStayOpenFor), until %s%s",
                    moment, window.describe(), mustStayOpenFor, when(now, end), notNeeded()));
        }
        return CheckOutcome.passed(
                moment + " is inside the deployment window (" + window.describe() + ")" + notNeeded());
    }

    private CheckOutcome closedOutcome(final String evidence) {
        if (emergencyOverride != null) {
            return CheckOutcome.waived(evidence + "; deployed under " + emergencyOverride);
        }
        return CheckOutcome.failed(evidence);
    }

    private String notNeeded() {
        return emergencyOverride == null ? "" : "; the " + emergencyOverride + " was not needed";
    }

    /** Renders a later moment as a time of day on the same day, with its date otherwise. */
    private static String when(final ZonedDateTime start, final ZonedDateTime later) {
        if (!later.toLocalDate().equals(start.toLocalDate())) {
            return MOMENT.format(later);
        }
        return later.getSecond() == 0 ? TIME.format(later) : TIME_WITH_SECONDS.format(later);
    }

    public DeploymentWindow window() {
        return window;
    }
}
