package io.jenkins.plugins.deploymentsop.rollback;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a rules file (YAML, schema in docs/steps/rollbackIfUnhealthy.md) through the hardened mapper of
 * {@link SecureJson}. The parser is walked token by token so every error names the file, line and column, the rule
 * id and the field.
 *
 * <pre>
 * replaceDefaults: false
 * noData: {metrics: ignore, health: treat_as_breach}
 * rules:
 *   - id: error-rate-p0
 *     when: "&gt; 15%"
 *   - id: business-metric-drop
 *     enabled: false
 * </pre>
 */
public final class RuleFileReader {
    /** Largest rules file read: 1 MiB. */
    public static final long MAX_BYTES = 1024L * 1024;

    private static final String ROOT_KEYS = "rules, replaceDefaults, noData";
    private static final Pattern BLOCK_INDICATOR_AFTER_KEY = Pattern.compile(".*:\\s*>.*");
    private static final int MAX_LINE_IN_MESSAGE = 120;

    private RuleFileReader() {}

    /**
     * Reads a rules file.
     *
     * @param file the file
     * @param label the name used in messages, e.g. the path relative to the workspace
     * @param layer where the rules sit in the merge order, usually {@link RuleLayer#FILE}
     * @return the source
     * @throws IOException if the file cannot be read or is larger than {@link #MAX_BYTES}
     * @throws InvalidInputException naming file, line, column, rule id and field
     */
    public static RuleSource read(final Path file, final String label, final RuleLayer layer) throws IOException {
        try (InputStream input = UntrustedInput.open(file, MAX_BYTES)) {
            return parse(label, new String(input.readAllBytes(), StandardCharsets.UTF_8), layer);
        }
    }

    /**
     * Parses the text of a rules file, e.g. one kept in the global configuration.
     *
     * @param label the name used in messages
     * @param content the YAML text
     * @param layer where the rules sit in the merge order
     * @return the source
     * @throws InvalidInputException naming the place, line, column, rule id and field
     */
    public static RuleSource parse(final String label, final String content, final RuleLayer layer) {
        try (JsonParser parser = SecureJson.yaml().createParser(content)) {
            return new Walk(label, parser, layer).source();
        } catch (JsonProcessingException exception) {
            throw syntaxError(label, content, exception);
        } catch (IOException exception) {
            throw new UncheckedIOException("Reading from a string failed: " + label, exception);
        }
    }

    private static InvalidInputException syntaxError(
            final String label, final String content, final JsonProcessingException exception) {
        JsonLocation location = exception.getLocation();
        Origin origin =
                location == null ? Origin.of(label) : Origin.at(label, location.getLineNr(), location.getColumnNr());
        String line = lineAt(content, origin.line());
        String hint = BLOCK_INDICATOR_AFTER_KEY.matcher(line).matches()
                ? "; quote conditions that start with '>', e.g. when: \"> 10%\""
                : "";
        String problem = exception.getOriginalMessage().lines().findFirst().orElse("unreadable");
        return new InvalidInputException(origin.toString(), line, "well-formed YAML (" + problem + ")" + hint);
    }

    private static String lineAt(final String content, final int line) {
        List<String> lines = content.lines().toList();
        if (line < 1 || line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1).strip();
        return text.length() > MAX_LINE_IN_MESSAGE ? text.substring(0, MAX_LINE_IN_MESSAGE) + "…" : text;
    }

    /** One pass over the tokens of one file. */
    private static final class Walk {
        private final String label;
        private final JsonParser parser;
        private final RuleLayer layer;

        Walk(final String label, final JsonParser parser, final RuleLayer layer) {
            this.label = label;
            this.parser = parser;
            this.layer = layer;
        }

        RuleSource source() throws IOException {
            RuleSource.Builder builder = RuleSource.builder(layer, label);
            JsonToken token = parser.nextToken();
            if (token == null) {
                return builder.build();
            }
            if (token != JsonToken.START_OBJECT) {
                throw new InvalidInputException(
                        here().toString(), parser.getText(), "a mapping with the keys " + ROOT_KEYS);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Origin keyAt = here();
                parser.nextToken();
                switch (key) {
                    case "rules":
                        readRules(builder);
                        break;
                    case "replaceDefaults":
                        builder.replaceEarlier(readBoolean(key));
                        break;
                    case "noData":
                        readNoData(builder);
                        break;
                    default:
                        throw new InvalidInputException(keyAt.toString(), key, "one of the keys " + ROOT_KEYS);
                }
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException(here().toString(), parser.getText(), "a single YAML document");
            }
            return builder.build();
        }

        private void readRules(final RuleSource.Builder builder) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NULL
                    || parser.currentToken() == JsonToken.VALUE_STRING
                            && parser.getText().isEmpty()) {
                return; // "rules:" without entries
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InvalidInputException(
                        "rules (" + here() + ")", parser.getText(), "a list of rules, each starting with '- id:'");
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                builder.add(readRule(index++));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new InvalidInputException(
                        "rules[" + index + "] (" + here() + ")", parser.getText(), "a rule: a mapping with an id");
            }
        }

        private RuleSpec readRule(final int index) throws IOException {
            Origin entry = here();
            List<Field> fields = new ArrayList<>();
            Optional<Field> id = Optional.empty();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Origin keyAt = here();
                parser.nextToken();
                Field field = new Field(key, keyAt, scalar("rules[" + index + "]." + key), here());
                if ("id".equals(key)) {
                    id = Optional.of(field);
                } else {
                    fields.add(field);
                }
            }
            Field idField = id.orElseThrow(() -> new InvalidInputException(
                    "rules[" + index + "].id (" + entry + ")", "", "an id for every rule, e.g. '- id: error-rate-p0'"));
            RuleSpec.Builder spec = RuleSpec.builder(idField.text(), idField.valueAt());
            for (Field field : fields) {
                RuleField ruleField = RuleField.fromKey(field.key())
                        .orElseThrow(() -> new InvalidInputException(
                                RuleSpec.parameter(idField.text(), field.key(), field.keyAt()),
                                field.key(),
                                "one of the keys " + RuleField.allKeys()));
                spec.set(ruleField, field.text(), field.valueAt());
            }
            return spec.build();
        }

        private void readNoData(final RuleSource.Builder builder) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(
                        "noData (" + here() + ")", parser.getText(), "a mapping with the keys metrics and health");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Origin keyAt = here();
                parser.nextToken();
                String parameter = "noData." + key + " (" + here() + ")";
                String text = scalar(parameter);
                if ("metrics".equals(key)) {
                    builder.noDataForMetrics(NoDataPolicy.valueOf(parameter, text));
                } else if ("health".equals(key)) {
                    builder.noDataForHealth(NoDataPolicy.valueOf(parameter, text));
                } else {
                    throw new InvalidInputException(
                            "noData." + key + " (" + keyAt + ")", key, "one of the keys metrics and health");
                }
            }
        }

        private boolean readBoolean(final String key) throws IOException {
            String text = scalar(key);
            if ("true".equals(text) || "false".equals(text)) {
                return Boolean.parseBoolean(text);
            }
            throw new InvalidInputException(key + " (" + here() + ")", text, "true or false");
        }

        private String scalar(final String what) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return "";
            }
            if (token != null && token.isScalarValue()) {
                return parser.getText();
            }
            throw new InvalidInputException(
                    what + " (" + here() + ")", String.valueOf(token), "a single value, not a list or mapping");
        }

        private Origin here() {
            JsonLocation location = parser.currentTokenLocation();
            return Origin.at(label, location.getLineNr(), location.getColumnNr());
        }
    }

    /** One key and its value, with where each was written. */
    private record Field(String key, Origin keyAt, String text, Origin valueAt) {}
}
