package io.jenkins.plugins.deploymentsop.checklist.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Typed access to the fields of one item (or of a map nested in it). Every read marks the field as known, so that
 * {@link #rejectUnknown()} can name misspelt fields; every error names the location, the item and the field.
 */
public final class ItemFields {
    private final ConfigMap map;

    @CheckForNull
    private final String itemId;

    private final String prefix;
    private final Set<String> known = new LinkedHashSet<>();

    /**
     * Wraps the fields of an item.
     *
     * @param map the item's map
     * @param itemId the item's id, if known
     */
    public ItemFields(final ConfigMap map, @CheckForNull final String itemId) {
        this(map, itemId, "");
    }

    private ItemFields(final ConfigMap map, @CheckForNull final String itemId, final String prefix) {
        this.map = map;
        this.itemId = itemId;
        this.prefix = prefix;
    }

    public Optional<String> itemId() {
        return Optional.ofNullable(itemId);
    }

    public SourceLocation location() {
        return map.location();
    }

    /**
     * Marks fields as known without reading them, e.g. those the caller handles itself.
     *
     * @param names the field names
     */
    public void accept(final String... names) {
        known.addAll(List.of(names));
    }

    /**
     * Returns a field's value if it is given and not null, marking the field as known.
     *
     * @param name the field
     * @return the value
     */
    public Optional<ConfigValue> value(final String name) {
        known.add(name);
        return map.get(name).filter(value -> !(value instanceof ConfigScalar && ((ConfigScalar) value).isNull()));
    }

    /**
     * Tells whether a field is given (and not null).
     *
     * @param name the field
     * @return {@code true} if present
     */
    public boolean has(final String name) {
        return map.get(name)
                .filter(value -> !(value instanceof ConfigScalar && ((ConfigScalar) value).isNull()))
                .isPresent();
    }

    /**
     * Reads a required single value.
     *
     * @param name the field
     * @param allowed what the field takes, for the message if it is missing
     * @return the text
     */
    public String string(final String name, final String allowed) {
        return optionalString(name).orElseThrow(() -> missing(name, allowed));
    }

    /**
     * Reads an optional single value.
     *
     * @param name the field
     * @return the text
     */
    public Optional<String> optionalString(final String name) {
        return value(name).map(value -> scalar(name, value).text());
    }

    /**
     * Reads a value that may be given as a single value or a list of them.
     *
     * @param name the field
     * @return the texts, empty if the field is absent
     */
    public List<String> strings(final String name) {
        List<String> texts = new ArrayList<>();
        for (ConfigValue element : list(name)) {
            texts.add(scalar(name, element).text());
        }
        return texts;
    }

    /**
     * Reads a value that may be given as a single value or a list of values of any kind.
     *
     * @param name the field
     * @return the elements, empty if the field is absent
     */
    public List<ConfigValue> list(final String name) {
        Optional<ConfigValue> value = value(name);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof ConfigList) {
            return ((ConfigList) value.get()).elements();
        }
        return List.of(value.get());
    }

    /**
     * Reads a value with a parser of a value type; its complaint gets the location.
     *
     * @param name the field
     * @param parser e.g. {@code Percentage::valueOf}
     * @param <T> the value type
     * @return the parsed value
     */
    public <T> Optional<T> parsed(final String name, final BiFunction<String, String, T> parser) {
        Optional<ConfigValue> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ConfigScalar scalar = scalar(name, value.get());
        return Optional.of(parse(scalar, path(name), parser));
    }

    /**
     * Parses a scalar that is not a field of this map (e.g. a list element) with a value type's parser.
     *
     * @param value the scalar
     * @param parameter the field path for messages
     * @param parser the parser
     * @param <T> the value type
     * @return the parsed value
     */
    public <T> T parse(final ConfigValue value, final String parameter, final BiFunction<String, String, T> parser) {
        ConfigScalar scalar = scalar(parameter, value);
        try {
            return parser.apply(parameter, scalar.text());
        } catch (InvalidInputException exception) {
            throw new ConfigException(scalar.location(), itemId, exception);
        }
    }

    /**
     * Reads a value given as one text or a list of texts, joined with commas, with a value type's parser.
     *
     * @param name the field
     * @param parser the parser of the joined text
     * @param <T> the value type
     * @return the parsed value
     */
    public <T> Optional<T> parsedJoined(final String name, final BiFunction<String, String, T> parser) {
        Optional<ConfigValue> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ConfigScalar joined = new ConfigScalar(
                ConfigScalar.Kind.STRING,
                String.join(",", strings(name)),
                value.get().location());
        return Optional.of(parse(joined, path(name), parser));
    }

    public Optional<Percentage> percentage(final String name) {
        return parsed(name, Percentage::valueOf);
    }

    public Optional<TimeSpan> timeSpan(final String name) {
        return parsed(name, TimeSpan::valueOf);
    }

    /**
     * Reads a whole number within bounds.
     *
     * @param name the field
     * @param min the smallest value
     * @param max the largest value
     * @return the number
     */
    public Optional<Integer> integer(final String name, final int min, final int max) {
        return parsed(name, (parameter, text) -> {
            try {
                int number = Integer.parseInt(text.strip());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException exception) {
                // reported below with the allowed range
            }
            throw new InvalidInputException(parameter, text, "a whole number from " + min + " to " + max);
        });
    }

    /**
     * Reads a finite number.
     *
     * @param name the field
     * @return the number
     */
    public Optional<Double> number(final String name) {
        return parsed(name, ItemFields::parseNumber);
    }

    /**
     * Parses a finite decimal number.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the number
     */
    public static double parseNumber(final String parameter, final String text) {
        try {
            double number = new BigDecimal(text.strip()).doubleValue();
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException exception) {
            // reported below
        }
        throw new InvalidInputException(parameter, text, "a number, e.g. 90 or 0.05");
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @param name the field
     * @return the value
     */
    public Optional<Boolean> bool(final String name) {
        return parsed(name, (parameter, text) -> {
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
            throw new InvalidInputException(parameter, text, "true or false");
        });
    }

    /**
     * Reads a nested map as fields of its own (with its own unknown-field check).
     *
     * @param name the field
     * @return the nested fields
     */
    public Optional<ItemFields> map(final String name) {
        return value(name).map(value -> nested(value, path(name)));
    }

    /**
     * Wraps a nested map, e.g. a list element.
     *
     * @param value the value, which must be a map
     * @param path the path for messages, e.g. {@code freeze[2]}
     * @return the nested fields
     */
    public ItemFields nested(final ConfigValue value, final String path) {
        if (!(value instanceof ConfigMap)) {
            throw new ConfigException(value.location(), itemId, path, value.describe(), "a map of fields");
        }
        return new ItemFields((ConfigMap) value, itemId, path + ".");
    }

    /**
     * Requires a value to be a single value, not a list or map.
     *
     * @param name the field, for the message
     * @param value the value
     * @return the scalar
     */
    public ConfigScalar scalar(final String name, final ConfigValue value) {
        if (value instanceof ConfigScalar) {
            return (ConfigScalar) value;
        }
        throw new ConfigException(
                value.location(),
                itemId,
                name.startsWith(prefix) ? name : path(name),
                value.describe(),
                "a single value");
    }

    /**
     * Creates the error for a missing required field, located at the item.
     *
     * @param name the field
     * @param allowed what the field takes
     * @return the exception to throw
     */
    public ConfigException missing(final String name, final String allowed) {
        return new ConfigException(
                map.location(), itemId, "missing field '" + path(name) + "': " + allowed, path(name));
    }

    /**
     * Creates the error for a bad value of a field, located at the value.
     *
     * @param name the field
     * @param allowed what the field takes
     * @return the exception to throw
     */
    public ConfigException invalid(final String name, final String allowed) {
        ConfigValue value = map.get(name).orElse(ConfigScalar.ofNull(map.location()));
        String text = value instanceof ConfigScalar ? ((ConfigScalar) value).text() : value.describe();
        return new ConfigException(value.location(), itemId, path(name), text, allowed);
    }

    /**
     * Creates an error located at this map, e.g. for fields that exclude each other.
     *
     * @param problem what is wrong
     * @return the exception to throw
     */
    public ConfigException problem(final String problem) {
        return new ConfigException(map.location(), itemId, problem, prefix.isEmpty() ? "item" : prefix);
    }

    /**
     * Fails on the first field that no reader asked for.
     *
     * @throws ConfigException naming the unknown field and the known ones
     */
    public void rejectUnknown() {
        for (Map.Entry<String, ConfigMap.Entry> entry : map.entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new ConfigException(
                        entry.getValue().keyLocation(),
                        itemId,
                        "unknown field '" + path(entry.getKey()) + "' (known fields: " + String.join(", ", known) + ")",
                        path(entry.getKey()));
            }
        }
    }

    /**
     * Returns the field's path for messages, e.g. {@code approvers.users}.
     *
     * @param name the field
     * @return the path
     */
    public String path(final String name) {
        return prefix + name;
    }
}
