package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** How bad a breach is, as in the SOP's decision matrix. P0 is more severe than P1. */
public enum Severity {
    P0,
    P1;

    /**
     * Returns whether this severity is worse than another one.
     *
     * @param other the other severity
     * @return true if this one should win
     */
    public boolean isMoreSevereThan(final Severity other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Parses a severity written by a user, e.g. {@code P0} or {@code p1}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the severity
     */
    public static Severity valueOf(final String parameter, final String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity.name().equals(normalized)) {
                return severity;
            }
        }
        throw new InvalidInputException(parameter, text, "P0 or P1");
    }
}
