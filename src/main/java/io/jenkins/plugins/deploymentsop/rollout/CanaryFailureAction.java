package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** What a failed step does ({@code onFailure}). */
public enum CanaryFailureAction {
    /** Canary weight 0, verify, fail. */
    ROLLBACK,
    /** Freeze the current split and wait for a person: for releases whose rollback is unsafe (e.g. a migration). */
    PAUSE;

    /**
     * Parses the step parameter.
     *
     * @param text {@code rollback} or {@code pause}
     * @return the action
     * @throws InvalidInputException for anything else
     */
    public static CanaryFailureAction parse(final String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        for (CanaryFailureAction action : values()) {
            if (action.name().equals(value)) {
                return action;
            }
        }
        throw new InvalidInputException("onFailure", text, "'rollback' or 'pause'");
    }
}
