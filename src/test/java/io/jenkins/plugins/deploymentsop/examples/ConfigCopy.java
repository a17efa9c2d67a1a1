package io.jenkins.plugins.deploymentsop.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A copy of an example configuration with the machine-specific parts replaced (ports, paths, addresses) so that a
 * test can run it on loopback. Every replaced text must occur in the example: a replacement that finds nothing means
 * the example and the test (or the Jenkinsfile the test took the text from) no longer agree.
 */
final class ConfigCopy {
    private final Map<String, String> replacements = new LinkedHashMap<>();

    ConfigCopy replace(final String text, final String replacement) {
        replacements.put(text, replacement);
        return this;
    }

    /** Applies every replacement; each must match. */
    String apply(final String name, final String content) {
        String result = content;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            if (!result.contains(replacement.getKey())) {
                throw new IllegalStateException(name + " does not contain '" + replacement.getKey() + "'");
            }
            result = result.replace(replacement.getKey(), replacement.getValue());
        }
        return result;
    }

    /**
     * Applies the replacements to a value a Jenkinsfile gives, e.g. the socket path: at least one must match, which
     * proves that the Jenkinsfile names a path or port of the example configuration.
     */
    String applyToValue(final String name, final String value) {
        String result = value;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            result = result.replace(replacement.getKey(), replacement.getValue());
        }
        if (result.equals(value)) {
            throw new IllegalStateException(
                    name + " '" + value + "' names nothing of the example configuration " + replacements.keySet());
        }
        return result;
    }

    /** Drops the lines that start (after indentation) with one of the prefixes; each must match. */
    static String withoutLines(final String name, final String content, final List<String> prefixes) {
        for (String prefix : prefixes) {
            if (content.lines().noneMatch(line -> line.strip().startsWith(prefix))) {
                throw new IllegalStateException(name + " has no line starting with '" + prefix + "'");
            }
        }
        return content.lines()
                        .filter(line -> prefixes.stream()
                                .noneMatch(prefix -> line.strip().startsWith(prefix)))
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
