package io.jenkins.plugins.deploymentsop.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a split that a router or a script printed, in one of two forms: {@code blue=90 green=10} (also
 * {@code blue: 90, green: 10}, any order, an optional {@code %}, other {@code key=value} fields ignored) or JSON
 * {@code {"blue": 90, "green": 10}}. Numbers that do not add up to 100 are read as relative weights, e.g.
 * {@code blue=9 green=1} is 90% / 10%.
 */
public final class SplitText {
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*[=:]\\s*([^\\s,;]+)");
    private static final int EXCERPT = 200;

    private SplitText() {}

    /**
     * Renders a split in the key-value form, e.g. {@code blue=90 green=10}.
     *
     * @param split the split
     * @return the text
     */
    public static String format(final TrafficSplit split) {
        return "blue=" + number(split.blue()) + " green=" + number(split.green());
    }

    /**
     * Parses a split.
     *
     * @param text the text printed by the router or script
     * @return the split
     * @throws IllegalArgumentException if the text holds no valid split; the message quotes the text
     */
    public static TrafficSplit parse(final String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return parseJson(trimmed);
        }
        Map<String, String> fields = fields(trimmed);
        return fromWeights(weight(fields, "blue", trimmed), weight(fields, "green", trimmed), trimmed);
    }

    /**
     * Reads all {@code key=value} (or {@code key: value}) fields of a text, keys in lower case.
     *
     * @param text the text
     * @return the fields in their order
     */
    public static Map<String, String> fields(final String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            fields.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2));
        }
        return fields;
    }

    private static TrafficSplit parseJson(final String text) {
        JsonNode root;
        try {
            root = SecureJson.json().readTree(text);
        } catch (JsonProcessingException exception) {
            throw new IllegalArgumentException(
                    "Not valid JSON: " + exception.getOriginalMessage() + " in '" + excerpt(text) + "'", exception);
        }
        return fromWeights(jsonWeight(root, "blue", text), jsonWeight(root, "green", text), text);
    }

    private static BigDecimal jsonWeight(final JsonNode root, final String key, final String text) {
        JsonNode node = root.get(key);
        if (node == null || !(node.isNumber() || node.isTextual())) {
            throw missing(key, text);
        }
        return number(key, node.asText().replace("%", ""), text);
    }

    private static BigDecimal weight(final Map<String, String> fields, final String key, final String text) {
        String value = fields.get(key);
        if (value == null) {
            throw missing(key, text);
        }
        return number(key, value.endsWith("%") ? value.substring(0, value.length() - 1) : value, text);
    }

    private static BigDecimal number(final String key, final String value, final String text) {
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.signum() < 0) {
                throw new IllegalArgumentException(
                        "Negative weight for " + key + ": " + value + " in '" + excerpt(text) + "'");
            }
            return number;
        } catch (NumberFormatException exception) {
            throw new IllegalArgumentException(
                    "Weight of " + key + " is not a number: '" + value + "' in '" + excerpt(text) + "'", exception);
        }
    }

    private static TrafficSplit fromWeights(final BigDecimal blue, final BigDecimal green, final String text) {
        BigDecimal total = blue.add(green);
        if (total.signum() == 0) {
            throw new IllegalArgumentException(
                    "Both weights are 0 (nothing would be served) in '" + excerpt(text) + "'");
        }
        BigDecimal bluePercent = blue.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
        Percentage bluePercentage = Percentage.of(bluePercent.doubleValue());
        return TrafficSplit.of(bluePercentage, bluePercentage.complement());
    }

    private static IllegalArgumentException missing(final String key, final String text) {
        return new IllegalArgumentException("No weight for " + key + " in '" + excerpt(text)
                + "' (expected e.g. 'blue=90 green=10' or '{\"blue\":90,\"green\":10}')");
    }

    private static String number(final Percentage percentage) {
        String text = percentage.toString();
        return text.substring(0, text.length() - 1);
    }

    static String excerpt(final String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }
}
