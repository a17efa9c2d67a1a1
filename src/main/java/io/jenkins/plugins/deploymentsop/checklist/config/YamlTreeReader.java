package io.jenkins.plugins.deploymentsop.checklist.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a {@link ConfigValue} tree that keeps the line and column of every key and value,
 * using the hardened parser of {@link SecureJson#yaml()}. Aliases and duplicate keys are refused.
 */
public final class YamlTreeReader {
    /** Checklist files are small; this bounds what is read. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final String source;

    private YamlTreeReader(final String source) {
        this.source = source;
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @param source how to name the file in messages, e.g. its workspace-relative path
     * @return the tree
     * @throws ConfigException if the file cannot be read or is not one well-formed YAML document
     */
    public static ConfigValue read(final Path file, final String source) {
        try (InputStream input = UntrustedInput.open(file, MAX_BYTES)) {
            return read(new String(input.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException exception) {
            throw new ConfigException(
                    SourceLocation.of(source), null, "cannot read the file: " + exception.getMessage(), "file");
        }
    }

    /**
     * Reads YAML text.
     *
     * @param content the text
     * @param source how to name the text in messages
     * @return the tree
     * @throws ConfigException if the text is not one well-formed YAML document
     */
    public static ConfigValue read(final String content, final String source) {
        return new YamlTreeReader(source).parse(content);
    }

    private ConfigValue parse(final String content) {
        try (JsonParser parser = SecureJson.yaml().getFactory().createParser(content)) {
            if (parser.nextToken() == null) {
                throw new ConfigException(new SourceLocation(source, 1, 1), null, "the file is empty", "file");
            }
            ConfigValue root = readValue(parser);
            if (parser.nextToken() != null) {
                throw new ConfigException(
                        location(parser.currentTokenLocation()),
                        null,
                        "only one YAML document is allowed; remove the second '---'",
                        "file");
            }
            return root;
        } catch (JsonProcessingException exception) {
            throw malformed(exception);
        } catch (IOException exception) {
            throw new ConfigException(
                    SourceLocation.of(source), null, "cannot read: " + exception.getMessage(), "file");
        }
    }

    private ConfigException malformed(final JsonProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException) {
                // SnakeYAML knows the exact spot (problem mark) and what it found there; both 0-based
                MarkedYAMLException yaml = (MarkedYAMLException) cause;
                Mark mark = yaml.getProblemMark() == null ? yaml.getContextMark() : yaml.getProblemMark();
                String problem = yaml.getProblem() == null ? yaml.getContext() : yaml.getProblem();
                return new ConfigException(
                        mark == null
                                ? SourceLocation.of(source)
                                : new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1),
                        null,
                        "malformed YAML: " + firstLine(problem),
                        "file");
            }
        }
        JsonLocation where = exception.getLocation();
        return new ConfigException(
                where == null ? SourceLocation.of(source) : location(where),
                null,
                "malformed YAML: " + firstLine(exception.getOriginalMessage()),
                "file");
    }

    private ConfigValue readValue(final JsonParser parser) throws IOException {
        SourceLocation where = location(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMap(parser, where);
            case START_ARRAY:
                List<ConfigValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(parser));
                }
                return new ConfigList(elements, where);
            case VALUE_STRING:
                if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
                    throw new ConfigException(
                            where, null, "YAML aliases (*" + parser.getText() + ") are not supported", "file");
                }
                if (parser.getText().isEmpty()) {
                    // "key:" without a value reads as an empty string: treat it as not given
                    return ConfigScalar.ofNull(where);
                }
                return new ConfigScalar(ConfigScalar.Kind.STRING, parser.getText(), where);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new ConfigScalar(ConfigScalar.Kind.NUMBER, parser.getText(), where);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new ConfigScalar(ConfigScalar.Kind.BOOLEAN, parser.getText(), where);
            case VALUE_NULL:
                return ConfigScalar.ofNull(where);
            default:
                throw new ConfigException(where, null, "unsupported YAML value (" + token + ")", "file");
        }
    }

    private ConfigMap readMap(final JsonParser parser, final SourceLocation where) throws IOException {
        Map<String, ConfigMap.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = location(parser.currentTokenLocation());
            parser.nextToken();
            ConfigMap.Entry previous = entries.put(key, new ConfigMap.Entry(keyLocation, readValue(parser)));
            if (previous != null) {
                throw new ConfigException(
                        keyLocation,
                        null,
                        "duplicate key '" + key + "' (first at line "
                                + previous.keyLocation().line() + ")",
                        key);
            }
        }
        return new ConfigMap(entries, where);
    }

    private SourceLocation location(final JsonLocation where) {
        return new SourceLocation(source, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()));
    }

    private static String firstLine(final String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
