package io.jenkins.plugins.deploymentsop.steps;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the execution of {@code blueGreenDeploy} does after a unit of work: tick again later, start the body, wait for
 * the body, or end the step.
 *
 * @param kind what to do
 * @param delay when to tick again, for {@link Kind#TICK}
 * @param values the body's environment for {@link Kind#RUN_BODY}, the step's return value for {@link Kind#SUCCEED}
 * @param failure the one-line reason for {@link Kind#FAIL}
 */
record Next(Kind kind, Duration delay, Map<String, ?> values, String failure) {
    /** What to do. */
    enum Kind {
        TICK,
        RUN_BODY,
        AWAIT_BODY,
        SUCCEED,
        FAIL
    }

    Next {
        values = new LinkedHashMap<>(values);
    }

    static Next tickIn(final Duration delay) {
        return new Next(Kind.TICK, delay.isNegative() ? Duration.ZERO : delay, Map.of(), "");
    }

    static Next runBody(final Map<String, String> environment) {
        return new Next(Kind.RUN_BODY, Duration.ZERO, environment, "");
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

    /** The body's environment, for {@link Kind#RUN_BODY}. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        values.forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    /** The step's return value, for {@link Kind#SUCCEED}: a plain map Pipeline scripts can read. */
    Map<String, Object> result() {
        return new LinkedHashMap<>(values);
    }
}
