package io.jenkins.plugins.deploymentsop.record;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** How a deployment ended. FAILED and ROLLED_BACK are change failures; ABORTED is neither success nor failure. */
public enum Outcome {
    IN_PROGRESS,
    SUCCEEDED,
    FAILED,
    ROLLED_BACK,
    ABORTED;

    public boolean isFinished() {
        return this != IN_PROGRESS;
    }

    public boolean isChangeFailure() {
        return this == FAILED || this == ROLLED_BACK;
    }

    /**
     * Tells whether this outcome counts as a deployment for DORA: it finished and reached production.
     *
     * @return {@code false} for {@link #IN_PROGRESS} and {@link #ABORTED}
     */
    public boolean isDeployment() {
        return this != IN_PROGRESS && this != ABORTED;
    }

    /**
     * Parses an outcome given by a user; {@code auto} is handled by the caller.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the outcome
     */
    public static Outcome valueOf(final String parameter, final String text) {
        String normalized =
                text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            Outcome outcome = valueOf(normalized.equals("ROLLEDBACK") ? "ROLLED_BACK" : normalized);
            if (outcome != IN_PROGRESS) {
                return outcome;
            }
        } catch (IllegalArgumentException exception) {
            // reported below with the allowed values
        }
        throw new InvalidInputException(parameter, text, "auto, succeeded, failed, rolled_back, aborted");
    }
}
