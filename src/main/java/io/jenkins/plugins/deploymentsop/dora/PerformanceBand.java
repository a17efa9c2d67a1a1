package io.jenkins.plugins.deploymentsop.dora;

import java.util.Locale;

/** The performance levels of the Accelerate State of DevOps report, best first. */
public enum PerformanceBand {
    ELITE,
    HIGH,
    MEDIUM,
    LOW;

    /**
     * Returns the name shown to users, e.g. {@code Elite}.
     *
     * @return the display name
     */
    public String getDisplayName() {
        String name = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
