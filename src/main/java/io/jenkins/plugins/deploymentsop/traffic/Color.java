package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** One of the two environments of a blue-green deployment. */
public enum Color {
    BLUE,
    GREEN;

    /**
     * Returns the other colour: the idle one for a live colour and vice versa.
     *
     * @return the other colour
     */
    public Color other() {
        return this == BLUE ? GREEN : BLUE;
    }

    /**
     * Returns the name as written in configuration, placeholders and router files: {@code blue} or {@code green}.
     *
     * @return the lower-case name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a colour written by a user or read from a router.
     *
     * @param parameter the parameter name, for the error message
     * @param text {@code blue} or {@code green}, in any case
     * @return the colour
     * @throws InvalidInputException for any other text
     */
    public static Color parse(final String parameter, final String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        for (Color color : values()) {
            if (color.id().equals(trimmed)) {
                return color;
            }
        }
        throw new InvalidInputException(parameter, text, "blue or green");
    }

    @Override
    public String toString() {
        return id();
    }
}
