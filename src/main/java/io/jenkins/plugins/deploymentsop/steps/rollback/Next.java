package io.jenkins.plugins.deploymentsop.steps.rollback;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the execution does after a tick of a {@link WatchSession}: tick again after a delay, run the step's body (the
 * database restore), wait for the running body to call back, end with a result, or fail the build with a one-line
 * reason.
 *
 * @param kind what to do
 * @param delay the wait before the next tick, for {@link Kind#TICK}
 * @param result the step's return value, for {@link Kind#SUCCEED}
 * @param failure the reason, for {@link Kind#FAIL}
 */
public record Next(Kind kind, Duration delay, Map<String, Object> result, String failure) {
    /** The kind of next move. */
    public enum Kind {
        TICK,
        RUN_BODY,
        AWAIT_BODY,
        SUCCEED,
        FAIL
    }

    public Next {
        result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
    }

    static Next tick(final Duration delay) {
        return new Next(Kind.TICK, delay.isNegative() ? Duration.ZERO : delay, Map.of(), "");
    }

    static Next runBody() {
        return new Next(Kind.RUN_BODY, Duration.ZERO, Map.of(), "");
    }

    static Next awaitBody() {
        return new Next(Kind.AWAIT_BODY, Duration.ZERO, Map.of(), "");
    }

    static Next succeed(final Map<String, Object> result) {
        return new Next(Kind.SUCCEED, Duration.ZERO, result, "");
    }

    static Next fail(final String reason) {
        return new Next(Kind.FAIL, Duration.ZERO, Map.of(), reason);
    }
}
