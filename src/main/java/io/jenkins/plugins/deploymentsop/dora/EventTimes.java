package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Instant;

/** The range of instants an event may carry: the index stores epoch milliseconds, so nothing before 1970. */
final class EventTimes {
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    /** Marks "no instant" in the compact table's millisecond columns. */
    static final long NONE = Long.MIN_VALUE;

    private EventTimes() {}

    static Instant check(final String parameter, final Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidInputException(parameter, instant.toString(), "an instant from 1970 to 9999");
        }
        return instant;
    }
}
