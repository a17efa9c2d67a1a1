package io.jenkins.plugins.deploymentsop.checklist.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Where a single value lives: a JSON pointer into a JSON or YAML file, or a key of a {@code .properties} file.
 * Used by review scores and feature-flag defaults.
 */
final class ValueInFile implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final String file;

    @CheckForNull
    private final String pointer;

    @CheckForNull
    private final String key;

    private ValueInFile(final String file, @CheckForNull final String pointer, @CheckForNull final String key) {
        this.file = file;
        this.pointer = pointer;
        this.key = key;
    }

    /**
     * Reads {@code file} and exactly one of {@code pointer} and {@code key}.
     *
     * @param fields the item's fields
     * @return the location of the value
     */
    static ValueInFile read(final ItemFields fields) {
        String file = fields.string("file", "a JSON, YAML or .properties file in the workspace");
        String pointer = fields.optionalString("pointer").orElse(null);
        String key = fields.optionalString("key").orElse(null);
        if ((pointer == null) == (key == null)) {
            throw fields.problem("give exactly one of 'pointer' (a JSON pointer such as /score, for JSON and YAML"
                    + " files) and 'key' (for .properties files)");
        }
        if (pointer != null) {
            try {
                JsonPointer.compile(pointer);
            } catch (IllegalArgumentException exception) {
                throw fields.invalid("pointer", "a JSON pointer starting with '/', e.g. /review/score");
            }
        }
        return new ValueInFile(file, pointer, key);
    }

    /**
     * Reads the value as text.
     *
     * @param context the context (workspace and placeholders)
     * @return the value's text
     * @throws CheckProblem (ERROR) if the file, the pointer or the key is missing or the file malformed
     * @throws IOException if the file cannot be read
     */
    String text(final CheckContext context) throws IOException {
        Path path = context.workspace().resolve("file", context.expand(file));
        String name = context.workspace().display(path);
        if (!Files.isRegularFile(path)) {
            throw CheckProblem.error("File not found: " + name);
        }
        String propertyKey = key;
        if (propertyKey != null) {
            return property(path, name, propertyKey);
        }
        return pointed(path, name, String.valueOf(pointer));
    }

    private static String property(final Path path, final String name, final String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream input = UntrustedInput.open(path, MAX_BYTES);
                InputStreamReader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException exception) {
            throw CheckProblem.error(name + " is not a valid .properties file: " + exception.getMessage());
        }
        String value = properties.getProperty(key);
        if (value == null) {
            throw CheckProblem.error("Key '" + key + "' not found in " + name);
        }
        return value.strip();
    }

    private static String pointed(final Path path, final String name, final String pointer) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml") ? SecureJson.yaml() : SecureJson.json();
        JsonNode root;
        try (InputStream input = UntrustedInput.open(path, MAX_BYTES)) {
            root = mapper.readTree(input);
        } catch (JsonProcessingException exception) {
            JsonLocation where = exception.getLocation();
            throw CheckProblem.error(String.format(
                    "%s%s is not well-formed: %s",
                    name,
                    where == null ? "" : " line " + where.getLineNr() + ", column " + where.getColumnNr(),
                    exception.getOriginalMessage()));
        }
        JsonNode value = root == null ? null : root.at(pointer);
        if (value == null || value.isMissingNode()) {
            throw CheckProblem.error("Nothing at " + pointer + " in " + name);
        }
        if (value.isContainerNode() || value.isNull()) {
            throw CheckProblem.error(String.format(
                    "%s in %s is %s, not a single value",
                    pointer, name, value.isNull() ? "null" : value.isArray() ? "a list" : "an object"));
        }
        return value.asText();
    }

    /**
     * Parses the value as a number.
     *
     * @param text the value
     * @return the number
     * @throws CheckProblem (ERROR) if it is not a number
     */
    double number(final String text) {
        try {
            return ItemFields.parseNumber(describe(), text);
        } catch (InvalidInputException exception) {
            throw CheckProblem.error(String.format("%s is '%s', not a number", describe(), text));
        }
    }

    /**
     * Describes where the value is, e.g. {@code review/score.json /score}.
     *
     * @return the description
     */
    String describe() {
        return file + " " + (key != null ? key : pointer);
    }
}
