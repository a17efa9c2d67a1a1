package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Duration;
import java.time.Instant;

/** Renders elapsed time in the syntax of {@link TimeSpan}, e.g. {@code 1m30s}. */
final class Durations {
    private Durations() {}

    static String between(final Instant from, final Instant to) {
        return format(Duration.between(from, to));
    }

    static String format(final Duration duration) {
        return TimeSpan.ofMillis(Math.max(0, duration.toMillis())).toString();
    }
}
