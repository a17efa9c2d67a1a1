package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** What a marginal or inconclusive step does ({@code onMarginal}). */
public enum CanaryMarginalAction {
    /** Wait for a person to promote or abort; abort at the decision timeout. */
    PAUSE,
    /** Abort at once: canary weight 0, verify, fail. */
    ABORT;

    /**
     * Parses the step parameter.
     *
     * @param text {@code pause} or {@code abort}
     * @return the action
     * @throws InvalidInputException for anything else
     */
    public static CanaryMarginalAction parse(final String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        for (CanaryMarginalAction action : values()) {
            if (action.name().equals(value)) {
                return action;
            }
        }
        throw new InvalidInputException("onMarginal", text, "'pause' or 'abort'");
    }
}
