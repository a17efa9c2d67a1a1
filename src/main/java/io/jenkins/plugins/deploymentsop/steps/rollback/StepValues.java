package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;

/**
 * The validators that setters (which throw) and form checks (which show the message) share, so a Jenkinsfile and the
 * Snippet Generator reject the same values with the same words.
 */
final class StepValues {
    private StepValues() {}

    /**
     * Checks a duration that must not be zero.
     *
     * @param parameter the parameter
     * @param text e.g. {@code 30s}
     * @return the text, trimmed
     */
    static String positiveDuration(final String parameter, final String text) {
        return ParameterValues.positiveDuration(parameter, text, "a duration greater than 0 such as 500ms, 30s or 5m");
    }

    /**
     * Checks a duration with a lower bound.
     *
     * @param parameter the parameter
     * @param text e.g. {@code 30s}
     * @param least the smallest allowed
     * @return the text, trimmed
     */
    static String atLeast(final String parameter, final String text, final TimeSpan least) {
        if (TimeSpan.valueOf(parameter, text).compareTo(least) < 0) {
            throw new InvalidInputException(parameter, text, "a duration of at least " + least + ", e.g. 30s");
        }
        return text.trim();
    }

    /**
     * Checks the base URL of a colour; empty is allowed (only health checks need it).
     *
     * @param parameter {@code blue} or {@code green}
     * @param value e.g. {@code http://10.0.0.1:8080}
     * @return the URL without a trailing slash, or empty
     */
    static String baseUrl(final String parameter, final String value) {
        return value.trim().isEmpty()
                ? ""
                : ParameterValues.baseUrl(parameter, value, "(hidden: it holds a user name)");
    }

    /**
     * Checks an optional colour.
     *
     * @param parameter the parameter
     * @param text {@code blue}, {@code green} or empty
     * @return the lower-case colour or empty
     */
    static String color(final String parameter, final String text) {
        return text.isBlank() ? "" : Color.parse(parameter, text).id();
    }

    /**
     * Checks an optional "no data" policy.
     *
     * @param parameter the parameter
     * @param text {@code ignore}, {@code treat_as_breach}, {@code treat_as_healthy} or empty
     * @return the policy as written in rules files, or empty
     */
    static String noData(final String parameter, final String text) {
        return text.isBlank() ? "" : NoDataPolicy.valueOf(parameter, text).text();
    }
}
