package io.jenkins.plugins.deploymentsop.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The placeholders a query may use: {@code {{service}}}, {@code {{version}}}, {@code {{color}}}, {@code {{environment}}}. */
public enum QueryVariable {
    /** The service being deployed, e.g. {@code shop}. */
    SERVICE,
    /** The version of one side, e.g. {@code 2.4.1} for the canary. */
    VERSION,
    /** The color of one side, e.g. {@code green}. */
    COLOR,
    /** The environment, e.g. {@code production}. */
    ENVIRONMENT;

    /**
     * Returns the name used inside the braces.
     *
     * @return the placeholder name in lower case
     */
    public String placeholderName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a variable by its placeholder name.
     *
     * @param name the name inside the braces
     * @return the variable, if the name is known
     */
    public static Optional<QueryVariable> byPlaceholderName(final String name) {
        return Arrays.stream(values())
                .filter(variable -> variable.placeholderName().equals(name))
                .findFirst();
    }

    /**
     * Lists the placeholders for error messages.
     *
     * @return e.g. {@code {{service}}, {{version}}, {{color}}, {{environment}}}
     */
    public static String allPlaceholders() {
        return Arrays.stream(values())
                .map(variable -> "{{" + variable.placeholderName() + "}}")
                .collect(Collectors.joining(", "));
    }
}
