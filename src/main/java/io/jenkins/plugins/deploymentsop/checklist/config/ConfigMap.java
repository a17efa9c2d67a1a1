package io.jenkins.plugins.deploymentsop.checklist.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping of keys to values in written order, each key with its own location (for "unknown field" messages).
 *
 * @param entries the entries by key
 * @param location where the map starts
 */
public record ConfigMap(Map<String, Entry> entries, SourceLocation location) implements ConfigValue {
    /**
     * One key and its value.
     *
     * @param keyLocation where the key was written
     * @param value the value
     */
    public record Entry(SourceLocation keyLocation, ConfigValue value) {}

    public ConfigMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<ConfigValue> get(final String key) {
        return Optional.ofNullable(entries.get(key)).map(Entry::value);
    }

    /**
     * Returns a copy where the entries of another map replace or add to these (the override of a template item).
     *
     * @param overrides the entries that win
     * @return the merged map, located where the overriding map was written
     */
    public ConfigMap mergedWith(final ConfigMap overrides) {
        Map<String, Entry> merged = new LinkedHashMap<>(entries);
        merged.putAll(overrides.entries);
        return new ConfigMap(merged, overrides.location);
    }

    /**
     * Returns a copy without a key.
     *
     * @param key the key to drop
     * @return the copy
     */
    public ConfigMap without(final String key) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new ConfigMap(copy, location);
    }

    @Override
    public String describe() {
        return "a map";
    }
}
