package io.jenkins.plugins.deploymentsop.examples;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What checking a Jenkinsfile found: the problems, and every call of our steps in the order written. */
record CheckedJenkinsfile(String name, List<Finding> findings, List<StepCall> calls) {
    CheckedJenkinsfile {
        findings = List.copyOf(findings);
        calls = List.copyOf(calls);
    }

    List<String> stepNames() {
        return calls.stream().map(StepCall::step).collect(Collectors.toList());
    }

    /** The real step objects of one type, for the checks that need them (referenced files, routers). */
    <T> List<T> instances(final Class<T> type) {
        return calls.stream()
                .map(StepCall::instance)
                .flatMap(Optional::stream)
                .filter(type::isInstance)
                .map(type::cast)
                .collect(Collectors.toList());
    }
}
