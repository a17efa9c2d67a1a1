package io.jenkins.plugins.deploymentsop.steps.canary;

import java.time.Duration;
import java.util.Map;

/**
 * What the execution does after a unit of work: tick again after a delay, succeed with a result, or fail the build
 * with a reason.
 *
 * @param kind what to do
 * @param delay the delay, for {@link Kind#TICK}
 * @param result the step's return value, for {@link Kind#SUCCEED}
 * @param failure the reason, for {@link Kind#FAIL}
 */
record CanaryNext(Kind kind, Duration delay, Map<String, Object> result, String failure) {
    /** What to do. */
    enum Kind {
        TICK,
        SUCCEED,
        FAIL
    }

    static CanaryNext tick(final Duration delay) {
        return new CanaryNext(Kind.TICK, delay, Map.of(), "");
    }

    static CanaryNext succeed(final Map<String, Object> result) {
        return new CanaryNext(Kind.SUCCEED, Duration.ZERO, result, "");
    }

    static CanaryNext fail(final String failure) {
        return new CanaryNext(Kind.FAIL, Duration.ZERO, Map.of(), failure);
    }
}
