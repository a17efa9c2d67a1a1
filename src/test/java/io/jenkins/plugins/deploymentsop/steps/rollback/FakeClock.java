package io.jenkins.plugins.deploymentsop.steps.rollback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that only moves when a test (or a fake sleeper) says so. */
final class FakeClock extends Clock {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private Instant now = START;

    void advance(final Duration duration) {
        now = now.plus(duration);
    }

    long secondsSinceStart() {
        return Duration.between(START, now).toSeconds();
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
