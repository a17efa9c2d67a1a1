package io.jenkins.plugins.deploymentsop.checklist.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of a configuration tree with its location: a map, a list or a scalar. */
public sealed interface ConfigValue permits ConfigMap, ConfigList, ConfigScalar {
    /**
     * Returns where the value was written.
     *
     * @return the location
     */
    SourceLocation location();

    /**
     * Describes the kind of value for error messages, e.g. {@code a list}.
     *
     * @return the description
     */
    String describe();

    /**
     * Converts a value from a Pipeline (maps, lists, strings, numbers, booleans, null) into a tree.
     *
     * @param value the Pipeline value
     * @param location where it came from, e.g. {@code Pipeline items[2].results}
     * @return the tree
     */
    static ConfigValue fromJava(final Object value, final SourceLocation location) {
        if (value == null) {
            return ConfigScalar.ofNull(location);
        }
        if (value instanceof Map) {
            Map<String, ConfigMap.Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                String key = String.valueOf(entry.getKey());
                SourceLocation child = SourceLocation.of(location.source() + "." + key);
                entries.put(key, new ConfigMap.Entry(child, fromJava(entry.getValue(), child)));
            }
            return new ConfigMap(entries, location);
        }
        if (value instanceof List) {
            List<ConfigValue> elements = new ArrayList<>();
            int index = 0;
            for (Object element : (List<?>) value) {
                elements.add(fromJava(element, SourceLocation.of(location.source() + "[" + index++ + "]")));
            }
            return new ConfigList(elements, location);
        }
        if (value instanceof Boolean) {
            return new ConfigScalar(ConfigScalar.Kind.BOOLEAN, value.toString(), location);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new ConfigScalar(ConfigScalar.Kind.NUMBER, value.toString(), location);
        }
        if (value instanceof Double || value instanceof Float) {
            return new ConfigScalar(
                    ConfigScalar.Kind.NUMBER,
                    BigDecimal.valueOf(((Number) value).doubleValue())
                            .stripTrailingZeros()
                            .toPlainString(),
                    location);
        }
        if (value instanceof BigDecimal) {
            return new ConfigScalar(ConfigScalar.Kind.NUMBER, ((BigDecimal) value).toPlainString(), location);
        }
        return new ConfigScalar(ConfigScalar.Kind.STRING, value.toString(), location);
    }
}
