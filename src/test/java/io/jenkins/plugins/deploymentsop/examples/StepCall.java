package io.jenkins.plugins.deploymentsop.examples;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A call of one of our steps: its evaluated arguments and, if every check passed, the real step object. */
record StepCall(String step, int line, Map<String, Object> arguments, boolean hasBody, Optional<Object> instance) {
    /** The call with its arguments sorted, e.g. to compare the declarative and the scripted variant. */
    String canonical() {
        return step + "("
                + arguments.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry -> entry.getKey() + ": " + ScriptValues.canonical(entry.getValue()))
                        .collect(Collectors.joining(", "))
                + ")" + (hasBody ? " { ... }" : "");
    }
}
