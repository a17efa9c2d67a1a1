package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** What HAProxy does with a server whose colour gets 0%. */
public enum HaproxyZeroState {
    /** No new requests; requests in flight finish; health checks go on. The default. */
    DRAIN,
    /** Maintenance: no traffic and no health checks. */
    MAINT;

    /**
     * Parses the state as written in a Jenkinsfile.
     *
     * @param text {@code drain} or {@code maint}
     * @return the state
     */
    public static HaproxyZeroState parse(final String text) {
        for (HaproxyZeroState state : values()) {
            if (state.name().equalsIgnoreCase(text.trim())) {
                return state;
            }
        }
        throw new InvalidInputException("zeroWeightState", text, "drain or maint");
    }

    String command() {
        return name().toLowerCase(Locale.ROOT);
    }
}
