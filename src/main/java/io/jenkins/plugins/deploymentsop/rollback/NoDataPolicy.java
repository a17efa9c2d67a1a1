package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/**
 * What a missing sample means: no value, an erroring source, a NaN, or a comparison that cannot be made (no
 * baseline). The event is always reported; the policy decides whether it counts.
 */
public enum NoDataPolicy {
    /** Neither a breach nor healthy: a running sustained-for window neither grows nor resets. */
    IGNORE,
    /** Counts as a breach sample. */
    TREAT_AS_BREACH,
    /** Counts as a healthy sample: a running sustained-for window resets. */
    TREAT_AS_HEALTHY;

    /** The default for metric signals: a metric that cannot be read says nothing about the release. */
    public static final NoDataPolicy METRIC_DEFAULT = IGNORE;
    /** The default for health probes: a probe that cannot run is a failed probe. */
    public static final NoDataPolicy HEALTH_DEFAULT = TREAT_AS_BREACH;

    /**
     * Parses a policy written by a user: {@code ignore}, {@code breach} or {@code treat_as_breach},
     * {@code healthy} or {@code treat_as_healthy}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the policy
     */
    public static NoDataPolicy valueOf(final String parameter, final String text) {
        String normalized =
                text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (normalized) {
            case "IGNORE":
                return IGNORE;
            case "BREACH":
            case "TREAT_AS_BREACH":
                return TREAT_AS_BREACH;
            case "HEALTHY":
            case "TREAT_AS_HEALTHY":
                return TREAT_AS_HEALTHY;
            default:
                throw new InvalidInputException(parameter, text, "ignore, treat_as_breach or treat_as_healthy");
        }
    }

    /** Returns the policy as written in a rules file, e.g. {@code treat_as_breach}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
