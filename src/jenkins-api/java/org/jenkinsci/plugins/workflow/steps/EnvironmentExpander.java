package org.jenkinsci.plugins.workflow.steps;

import hudson.EnvVars;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/** Compile-only copy: changes the environment variables seen inside a step's body. */
public abstract class EnvironmentExpander implements Serializable {
    public abstract void expand(EnvVars env) throws IOException, InterruptedException;

    public Set<String> getSensitiveVariables() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static EnvironmentExpander constant(Map<String, String> env) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static EnvironmentExpander merge(EnvironmentExpander original, EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static EnvVars getEffectiveEnvironment(EnvVars customEnvironment, EnvVars contextualEnvironment,
            EnvironmentExpander expander, StepContext context, TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
