package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What to compute: the report instant (windows end there, exclusive), the windows, the filter, the band bounds, how
 * many ISO weeks the weekly trend shows and the time zone that defines days and weeks.
 */
public final class DoraQuery {
    /** Default number of ISO weeks in a trend: half a year. */
    public static final int DEFAULT_TREND_WEEKS = 26;
    /** Most ISO weeks in a trend: five years. */
    public static final int MAX_TREND_WEEKS = 260;

    private final Instant end;
    private final List<DoraWindow> windows;
    private final EventFilter filter;
    private final BandThresholds thresholds;
    private final int trendWeeks;
    private final ZoneId zone;

    private DoraQuery(final Builder builder) {
        end = EventTimes.check("end", builder.end);
        windows = List.copyOf(new TreeSet<>(builder.windows));
        if (windows.isEmpty()) {
            throw new InvalidInputException("windows", "(none)", "at least one window, e.g. 7, 30, 90, 365 days");
        }
        filter = builder.filter;
        thresholds = builder.thresholds;
        trendWeeks = builder.trendWeeks;
        zone = builder.zone;
    }

    /**
     * Starts a query for the standard windows, production only, 2024 bands, 26 trend weeks, UTC.
     *
     * @param end the report instant, usually now
     * @return a new builder
     */
    public static Builder builder(final Instant end) {
        return new Builder(end);
    }

    public Instant getEnd() {
        return end;
    }

    /** The windows, shortest first. */
    public List<DoraWindow> getWindows() {
        return windows;
    }

    public DoraWindow getLongestWindow() {
        return windows.get(windows.size() - 1);
    }

    public EventFilter getFilter() {
        return filter;
    }

    public BandThresholds getThresholds() {
        return thresholds;
    }

    public int getTrendWeeks() {
        return trendWeeks;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** Collects the settings of a query. */
    public static final class Builder {
        private final Instant end;
        private final List<DoraWindow> windows = new ArrayList<>(DoraWindow.STANDARD);
        private EventFilter filter = EventFilter.production();
        private BandThresholds thresholds = BandThresholds.DORA_2024;
        private int trendWeeks = DEFAULT_TREND_WEEKS;
        private ZoneId zone = ZoneOffset.UTC;

        private Builder(final Instant end) {
            this.end = end;
        }

        /**
         * Replaces the standard windows.
         *
         * @param values the windows (duplicates are ignored)
         * @return this builder
         */
        public Builder windows(final List<DoraWindow> values) {
            windows.clear();
            windows.addAll(values);
            return this;
        }

        public Builder filter(final EventFilter value) {
            filter = value;
            return this;
        }

        public Builder thresholds(final BandThresholds value) {
            thresholds = value;
            return this;
        }

        /**
         * Sets the number of ISO weeks in the weekly trend, the current (partial) week included.
         *
         * @param value from 1 to {@link #MAX_TREND_WEEKS}
         * @return this builder
         */
        public Builder trendWeeks(final int value) {
            if (value < 1 || value > MAX_TREND_WEEKS) {
                throw new InvalidInputException(
                        "trendWeeks", String.valueOf(value), "a number of weeks from 1 to " + MAX_TREND_WEEKS);
            }
            trendWeeks = value;
            return this;
        }

        public Builder zone(final ZoneId value) {
            zone = value;
            return this;
        }

        public DoraQuery build() {
            return new DoraQuery(this);
        }
    }
}
