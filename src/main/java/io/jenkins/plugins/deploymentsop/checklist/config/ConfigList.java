package io.jenkins.plugins.deploymentsop.checklist.config;

import java.util.List;

/**
 * A sequence of values.
 *
 * @param elements the elements
 * @param location where the list starts
 */
public record ConfigList(List<ConfigValue> elements, SourceLocation location) implements ConfigValue {
    public ConfigList {
        elements = List.copyOf(elements);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
