package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The validators that setters (which throw) and form checks (which show the message) share, so a Jenkinsfile and the
 * Snippet Generator reject the same values with the same words.
 */
public final class ParameterValues {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
    private static final Pattern SIGNED_DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?([eE]-?\\d{1,3})?");

    /** What a missing text is told, for the message of {@link #given}. */
    static final String MISSING = "a text; null comes from an unset variable, e.g. env.X when X is not set";

    private ParameterValues() {}

    /**
     * Refuses a missing text with a message naming the parameter: a Pipeline passes {@code null} for an unset variable,
     * e.g. {@code version: env.RELEASE} when {@code RELEASE} is not set.
     *
     * @param parameter the parameter
     * @param value the value as bound
     * @return the value
     * @throws InvalidInputException if it is {@code null}
     */
    public static String given(final String parameter, @CheckForNull final String value) {
        if (value == null) {
            throw new InvalidInputException(parameter, "null", MISSING);
        }
        return value;
    }

    /**
     * Checks the base URL of a colour.
     *
     * @param parameter {@code blue} or {@code green}
     * @param value e.g. {@code http://10.0.0.1:8080}
     * @return the URL without a trailing slash
     */
    public static String baseUrl(final String parameter, final String value) {
        return baseUrl(parameter, value, "(hidden)");
    }

    /**
     * Checks the base URL of a colour, naming a URL with user info as the caller words it (the user info may hold a
     * password, so it is never echoed).
     *
     * @param parameter {@code blue} or {@code green}
     * @param value e.g. {@code http://10.0.0.1:8080}
     * @param hidden what the message shows instead of a URL with user info
     * @return the URL without a trailing slash
     */
    public static String baseUrl(final String parameter, final String value, final String hidden) {
        String allowed = "the http:// or https:// base URL of the " + parameter
                + " environment without user name or password, e.g. http://10.0.0.1:8080";
        String trimmed = value.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
                throw new InvalidInputException(parameter, value, allowed);
            }
            if (uri.getUserInfo() != null) {
                // the user info may hold a password: do not echo it
                throw new InvalidInputException(parameter, hidden, allowed);
            }
        } catch (URISyntaxException exception) {
            throw new InvalidInputException(parameter, value, allowed);
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /**
     * Checks a duration.
     *
     * @param parameter the parameter
     * @param text e.g. {@code 5m}
     * @return the text, trimmed
     */
    public static String duration(final String parameter, final String text) {
        TimeSpan.valueOf(parameter, text);
        return text.trim();
    }

    /**
     * Checks a duration that must not be zero.
     *
     * @param parameter the parameter
     * @param text e.g. {@code 30s}
     * @return the text, trimmed
     */
    public static String positiveDuration(final String parameter, final String text) {
        return positiveDuration(parameter, text, "a positive duration such as 500ms, 30s or 5m");
    }

    /**
     * Checks a duration that must not be zero, saying what is allowed in the caller's words.
     *
     * @param parameter the parameter
     * @param text e.g. {@code 30s}
     * @param allowed what is allowed, for the message of a zero duration
     * @return the text, trimmed
     */
    public static String positiveDuration(final String parameter, final String text, final String allowed) {
        if (TimeSpan.valueOf(parameter, text).isZero()) {
            throw new InvalidInputException(parameter, text, allowed);
        }
        return text.trim();
    }

    /**
     * Checks a whole number.
     *
     * @param parameter the parameter
     * @param value the value
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the value
     */
    public static int range(final String parameter, final int value, final int min, final int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(parameter, String.valueOf(value), "a number from " + min + " to " + max);
        }
        return value;
    }

    /**
     * Checks a whole number given as text by a form.
     *
     * @param parameter the parameter
     * @param text the text
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the value
     */
    public static int range(final String parameter, final String text, final int min, final int max) {
        String trimmed = text.trim();
        if (!trimmed.matches("-?\\d{1,9}")) {
            throw new InvalidInputException(parameter, text, "a number from " + min + " to " + max);
        }
        return range(parameter, Integer.parseInt(trimmed), min, max);
    }

    /**
     * Checks that a text is not blank.
     *
     * @param parameter the parameter
     * @param value the value
     * @param allowed what is expected, in words
     * @return the value, trimmed
     */
    static String required(final String parameter, final String value, final String allowed) {
        if (value.isBlank()) {
            throw new InvalidInputException(parameter, value, allowed);
        }
        return value.trim();
    }

    /**
     * Checks an absolute file path.
     *
     * @param parameter the parameter
     * @param value e.g. {@code /etc/nginx/deploymentsop/shop.conf}
     * @return the path
     */
    static Path absolutePath(final String parameter, final String value) {
        String allowed = "an absolute file path such as /etc/nginx/deploymentsop/shop.conf";
        try {
            Path path = Paths.get(value.trim());
            if (value.isBlank() || !path.isAbsolute() || value.indexOf('\0') >= 0) {
                throw new InvalidInputException(parameter, value, allowed);
            }
            return path.normalize();
        } catch (InvalidPathException exception) {
            throw new InvalidInputException(parameter, value, allowed);
        }
    }

    /**
     * Checks a list of percentages as Pipeline hands it in: any number type (or a null) whatever the declared element
     * type says.
     *
     * @param parameter the parameter
     * @param given the values, e.g. {@code [10, 25, 50, 100]}; {@code null}: none
     * @return the numbers
     */
    public static List<Double> percentNumbers(final String parameter, @CheckForNull final List<Double> given) {
        List<?> values = given == null ? List.of() : new ArrayList<>(given);
        List<Double> numbers = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof Number)) {
                throw new InvalidInputException(
                        parameter, String.valueOf(values), "numbers from 1 to 100, e.g. [10, 25, 50, 100]");
            }
            numbers.add(((Number) value).doubleValue());
        }
        return numbers;
    }

    /**
     * Reads a list of percentages as a form field holds it: numbers separated by commas (or blanks), with or without
     * the brackets of the Pipeline syntax.
     *
     * @param parameter the parameter the list is for, e.g. {@code steps}
     * @param text e.g. {@code 10, 25, 50, 100}; blank: an empty list
     * @return the numbers, each from 0 to 100
     */
    public static List<Double> percentList(final String parameter, final String text) {
        String allowed = "numbers from 0 to 100 separated by commas, e.g. 10, 25, 50, 100";
        String list = text.trim();
        if (list.startsWith("[") && list.endsWith("]")) {
            list = list.substring(1, list.length() - 1).trim();
        }
        List<Double> numbers = new ArrayList<>();
        if (list.isEmpty()) {
            return numbers;
        }
        for (String item : list.split("[,;\\s]+")) {
            if (!DECIMAL.matcher(item).matches()) {
                throw new InvalidInputException(parameter, text, allowed);
            }
            numbers.add(Double.valueOf(item));
        }
        percentages(parameter, numbers); // each from 0 to 100
        return numbers;
    }

    /**
     * Writes a list of percentages as a form field shows it.
     *
     * @param values e.g. {@code [10.0, 25.0, 50.0, 100.0]}
     * @return e.g. {@code 10, 25, 50, 100}
     */
    public static String percentText(final List<Double> values) {
        return values.stream()
                .map(value -> BigDecimal.valueOf(value).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    /**
     * Reads a decimal number as a form field holds it.
     *
     * @param parameter the parameter
     * @param text e.g. {@code 0.95}
     * @param allowed what is allowed, e.g. {@code a level from 0.5 to below 1, e.g. 0.95}
     * @return the number
     */
    public static double number(final String parameter, final String text, final String allowed) {
        String trimmed = text.trim();
        if (!SIGNED_DECIMAL.matcher(trimmed).matches()) {
            throw new InvalidInputException(parameter, text, allowed);
        }
        return Double.parseDouble(trimmed);
    }

    /**
     * Turns numbers into percentages.
     *
     * @param parameter the parameter
     * @param values the numbers
     * @return the percentages, in order
     */
    public static List<Percentage> percentages(final String parameter, final List<Double> values) {
        return values.stream().map(value -> Percentage.of(parameter, value)).collect(Collectors.toList());
    }
}
