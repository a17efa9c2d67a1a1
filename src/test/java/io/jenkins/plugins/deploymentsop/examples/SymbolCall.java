package io.jenkins.plugins.deploymentsop.examples;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A call of one of our symbols in a Jenkinsfile, e.g. {@code haproxy(socket: '...', backend: 'shop')}, with its
 * arguments evaluated: what Pipeline keeps as an uninstantiated describable until a parameter's type says which class
 * the symbol names.
 */
record SymbolCall(String symbol, Map<String, Object> named, List<Object> positional, int line) {
    SymbolCall {
        named = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(named));
        positional = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(positional));
    }

    /** The call with its arguments sorted by name, for comparing two Jenkinsfiles. */
    String canonical() {
        return symbol + "("
                + named.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry -> entry.getKey() + ": " + ScriptValues.canonical(entry.getValue()))
                        .collect(Collectors.joining(", "))
                + positional.stream().map(ScriptValues::canonical).collect(Collectors.joining(", "))
                + ")";
    }
}
