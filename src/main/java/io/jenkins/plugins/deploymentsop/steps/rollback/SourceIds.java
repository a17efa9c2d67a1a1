package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The ids of metric sources: the scheme of the signal references that read from them. */
final class SourceIds {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private SourceIds() {}

    /**
     * Checks an id.
     *
     * @param parameter the parameter, for the message
     * @param id e.g. {@code prometheus} or {@code thanos}
     * @return the id in lower case
     */
    static String check(final String parameter, final String id) {
        String normalized = id.trim().toLowerCase(Locale.ROOT);
        if (!ID.matcher(normalized).matches()
                || Signal.HEALTH_SCHEME.equals(normalized)
                || SignalCatalog.SOP_SCHEME.equals(normalized)) {
            throw new InvalidInputException(
                    parameter,
                    id,
                    "an id of 1 to 32 lower-case letters, digits and '-', starting with a letter, other than sop and"
                            + " health, e.g. prometheus");
        }
        return normalized;
    }
}
