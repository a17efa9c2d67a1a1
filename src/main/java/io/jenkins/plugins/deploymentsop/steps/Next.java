package io.jenkins.plugins.deploymentsop.steps;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the execution of a long-running step does after a unit of work: tick again later, start the body, wait for
 * the body, or end the step. {@link TickingStepExecution#follow(Next)} does it.
 *
 * @param kind what to do
 * @param delay when to tick again, for {@link Kind#TICK}
 * @param values the body's environment for {@link Kind#RUN_BODY}, the step's return value for {@link Kind#SUCCEED}
 * @param failure the one-line reason for {@link Kind#FAIL}
 */
public record Next(Kind kind, Duration delay, Map<String, ?> values, String failure) {
    /** What to do. */
    public enum Kind {
        TICK,
        RUN_BODY,
        AWAIT_BODY,
        SUCCEED,
        FAIL
    }

    public Next {
        values = new LinkedHashMap<>(values);
    }

    /**
     * Ticks again after a delay.
     *
     * @param delay the delay; a negative one (a deadline already passed) means at once
     * @return the move
     */
    public static Next tickIn(final Duration delay) {
        return new Next(Kind.TICK, delay.isNegative() ? Duration.ZERO : delay, Map.of(), "");
    }

    /**
     * Starts the step's body.
     *
     * @param environment variables the body sees in addition to the build's, empty for none
     * @return the move
     */
    public static Next runBody(final Map<String, String> environment) {
        return new Next(Kind.RUN_BODY, Duration.ZERO, environment, "");
    }

    /**
     * Waits for the running body, whose end asks for the next tick.
     *
     * @return the move
     */
    public static Next awaitBody() {
        return new Next(Kind.AWAIT_BODY, Duration.ZERO, Map.of(), "");
    }

    /**
     * Ends the step successfully.
     *
     * @param result the step's return value
     * @return the move
     */
    public static Next succeed(final Map<String, Object> result) {
        return new Next(Kind.SUCCEED, Duration.ZERO, result, "");
    }

    /**
     * Fails the step.
     *
     * @param reason the one-line reason
     * @return the move
     */
    public static Next fail(final String reason) {
        return new Next(Kind.FAIL, Duration.ZERO, Map.of(), reason);
    }

    /**
     * Returns the body's environment, for {@link Kind#RUN_BODY}.
     *
     * @return the variables
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        values.forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    /**
     * Returns the step's return value, for {@link Kind#SUCCEED}: a plain map Pipeline scripts can read.
     *
     * @return the value
     */
    public Map<String, Object> result() {
        return new LinkedHashMap<>(values);
    }
}
