package io.jenkins.plugins.deploymentsop.steps;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a step played by a test driver ended, as its execution would have completed its context: success with the
 * step's return value, or failure with the one-line reason the build would fail with.
 *
 * @param succeeded whether the step succeeded
 * @param result the step's return value; empty on failure
 * @param failure the reason; empty on success
 */
public record StepEnd(boolean succeeded, Map<String, Object> result, String failure) {
    public StepEnd {
        result = new LinkedHashMap<>(result);
    }

    public static StepEnd success(final Map<String, ?> result) {
        return new StepEnd(true, new LinkedHashMap<>(result), "");
    }

    public static StepEnd failure(final String reason) {
        return new StepEnd(false, Map.of(), reason);
    }

    @Override
    public String toString() {
        return succeeded ? "succeeded " + result : "failed: " + failure;
    }
}
