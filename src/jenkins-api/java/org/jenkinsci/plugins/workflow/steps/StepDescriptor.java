package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionList;
import hudson.model.Descriptor;
import java.util.Map;
import java.util.Set;

/** Compile-only copy: describes a Pipeline step (its function name and the context it needs). */
public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isMetaStep() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static ExtensionList<StepDescriptor> all() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static StepDescriptor byFunctionName(String name) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String argumentsToString(Map<String, Object> namedArgs) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
