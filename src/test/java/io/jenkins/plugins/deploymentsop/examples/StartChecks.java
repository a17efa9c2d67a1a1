package io.jenkins.plugins.deploymentsop.examples;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks our steps make of their parameters together when they start, before they touch anything (a health
 * check at all, probe attempts against successes, pause points among the steps, the rollback type against the
 * commands): the steps' own package-private methods, called by name. A renamed method fails here, loudly.
 */
final class StartChecks {
    /** A package-private method of a step, and whether it takes the "has a body" flag. */
    private record Check(String method, boolean takesBody) {}

    private static final Map<String, List<Check>> CHECKS = Map.of(
            "blueGreenDeploy",
                    List.of(
                            new Check("allHealthChecks", false),
                            new Check("probePolicy", false),
                            new Check("plan", false)),
            "canaryPromote", List.of(new Check("requireRouter", false), new Check("plan", false)),
            "rollbackIfUnhealthy",
                    List.of(
                            new Check("requireRouter", false),
                            new Check("settings", true),
                            new Check("pipelineSource", false)));

    private StartChecks() {}

    /**
     * Runs the start checks of a step.
     *
     * @return the message of the first check that fails, if any
     */
    static Optional<String> run(final String step, final Object instance, final boolean hasBody) {
        for (Check check : CHECKS.getOrDefault(step, List.of())) {
            try {
                call(instance, check.method(), check.takesBody() ? new Object[] {hasBody} : new Object[0]);
            } catch (InvalidInputException exception) {
                return Optional.of(exception.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Calls a package-private method of one of our classes by name and arguments, unwrapping what it throws. */
    static Object call(final Object instance, final String name, final Object... arguments) {
        Method method = Arrays.stream(instance.getClass().getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(name) && fits(candidate, arguments))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(instance.getClass().getName() + " has no method " + name
                        + " for " + arguments.length + " arguments: update the examples test"));
        try {
            method.setAccessible(true);
            return method.invoke(instance, arguments);
        } catch (InvocationTargetException exception) {
            if (exception.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(exception.getCause());
        } catch (IllegalAccessException exception) {
            throw new IllegalStateException(exception);
        }
    }

    private static boolean fits(final Method method, final Object... arguments) {
        Class<?>[] types = method.getParameterTypes();
        if (types.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i] == boolean.class ? Boolean.class : types[i];
            if (!type.isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }
}
