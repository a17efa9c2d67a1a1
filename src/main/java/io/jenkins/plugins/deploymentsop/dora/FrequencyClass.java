package io.jenkins.plugins.deploymentsop.dora;

import java.util.Locale;

/**
 * The Four Keys style deployment frequency class, computed from deployment days per week (see
 * {@link FrequencyClassifier}).
 */
public enum FrequencyClass {
    DAILY,
    WEEKLY,
    MONTHLY,
    YEARLY;

    /**
     * Returns the name shown to users, e.g. {@code Daily}.
     *
     * @return the display name
     */
    public String getDisplayName() {
        String name = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
