package io.jenkins.plugins.deploymentsop.rollback.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that only moves when a test says so. */
final class FakeClock extends Clock {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private Instant now = START;

    FakeClock advanceSeconds(final long seconds) {
        now = now.plus(Duration.ofSeconds(seconds));
        return this;
    }

    FakeClock at(final long secondsAfterStart) {
        now = START.plusSeconds(secondsAfterStart);
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(final ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
