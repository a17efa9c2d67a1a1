package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** What a person (or a decision timeout) decides about a breach of a manual rule. */
public enum Choice {
    /** Roll the release back. */
    ROLLBACK,
    /** Keep the release and go on watching. */
    KEEP;

    /**
     * Parses a choice written by a user, e.g. {@code rollback} or {@code keep}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the choice
     */
    public static Choice valueOf(final String parameter, final String text) {
        String normalized =
                text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if ("ROLLBACK".equals(normalized)) {
            return ROLLBACK;
        }
        if ("KEEP".equals(normalized)) {
            return KEEP;
        }
        throw new InvalidInputException(parameter, text, "rollback or keep");
    }
}
