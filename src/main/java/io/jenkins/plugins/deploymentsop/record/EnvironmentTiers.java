package io.jenkins.plugins.deploymentsop.record;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decides which environments are production-tier, the ones DORA metrics count: a case-insensitive regular
 * expression that must match the whole environment name.
 */
public final class EnvironmentTiers implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Production, prod, prd and live, alone or with a region or slot suffix such as {@code production-eu}. */
    public static final String DEFAULT_PATTERN = "(prod|production|prd|live)([-_.].*)?";

    private final String pattern;
    private final transient Pattern compiled;

    private EnvironmentTiers(final String pattern, final Pattern compiled) {
        this.pattern = pattern;
        this.compiled = compiled;
    }

    /**
     * Creates the classification.
     *
     * @param parameter the parameter name, for the error message
     * @param pattern a regular expression matched against the whole environment name, ignoring case
     * @return the classification
     */
    public static EnvironmentTiers of(final String parameter, final String pattern) {
        if (pattern.isBlank()) {
            throw new InvalidInputException(parameter, pattern, "a regular expression, e.g. " + DEFAULT_PATTERN);
        }
        try {
            return new EnvironmentTiers(pattern, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException exception) {
            throw new InvalidInputException(
                    parameter,
                    pattern,
                    "a valid regular expression (" + exception.getDescription() + " at index " + exception.getIndex()
                            + ")");
        }
    }

    public static EnvironmentTiers defaults() {
        return of("productionEnvironments", DEFAULT_PATTERN);
    }

    /**
     * Tells whether an environment is production-tier.
     *
     * @param environment the environment name
     * @return whether DORA counts deployments to it
     */
    public boolean isProduction(final String environment) {
        return compiled.matcher(environment).matches();
    }

    public String getPattern() {
        return pattern;
    }

    /** Compiles the pattern again after deserialization, where the transient field is empty. */
    private Object readResolve() {
        return of("productionEnvironments", pattern);
    }
}
