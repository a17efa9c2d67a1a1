package io.jenkins.plugins.deploymentsop.docs;

import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What a Jenkinsfile can write with the plugin: the steps by function name, the {@code @Symbol}s of its
 * Describables, and the parameters of each (the {@code @DataBoundConstructor}'s and the {@code @DataBoundSetter}s).
 */
final class PipelineNames {
    private static final String SYMBOL_INDEX = "META-INF/services/annotations/org.jenkinsci.Symbol";

    private final Map<String, Class<?>> steps;
    private final Map<String, List<Class<?>>> symbols;

    private PipelineNames(final Map<String, Class<?>> steps, final Map<String, List<Class<?>>> symbols) {
        this.steps = steps;
        this.symbols = symbols;
    }

    /**
     * Collects the names.
     *
     * @param classes the plugin's classes
     * @return the names
     * @throws IOException if the symbol index cannot be read
     */
    static PipelineNames of(final PluginClasses classes) throws IOException {
        return new PipelineNames(steps(classes), symbols());
    }

    // the descriptors of the API copy cannot be constructed, so their getFunctionName runs on an instance made
    // without a constructor
    private static Map<String, Class<?>> steps(final PluginClasses classes) {
        Map<String, Class<?>> steps = new TreeMap<>();
        for (Class<?> type : classes.all()) {
            if (StepDescriptor.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                StepDescriptor instance =
                        (StepDescriptor) mock(type, withSettings().defaultAnswer(CALLS_REAL_METHODS));
                steps.put(instance.getFunctionName(), type.getEnclosingClass());
            }
        }
        return steps;
    }

    private static Map<String, List<Class<?>>> symbols() throws IOException {
        Map<String, List<Class<?>>> symbols = new TreeMap<>();
        try (InputStream index = PipelineNames.class.getClassLoader().getResourceAsStream(SYMBOL_INDEX)) {
            if (index == null) {
                throw new IOException("No " + SYMBOL_INDEX + " on the class path");
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!name.isBlank()) {
                    Class<?> type = load(name.strip());
                    Symbol symbol = type.getAnnotation(Symbol.class);
                    // a Describable's symbol sits on its nested descriptor; a global configuration carries its own
                    Class<?> described = type.getEnclosingClass() == null ? type : type.getEnclosingClass();
                    for (String value : symbol == null ? new String[0] : symbol.value()) {
                        symbols.computeIfAbsent(value, key -> new ArrayList<>()).add(described);
                    }
                }
            }
        }
        return symbols;
    }

    private static Class<?> load(final String name) throws IOException {
        try {
            return Class.forName(name, false, PipelineNames.class.getClassLoader());
        } catch (ClassNotFoundException exception) {
            throw new IOException(SYMBOL_INDEX + " lists " + name + ", which does not exist", exception);
        }
    }

    /**
     * Returns the parameters a Jenkinsfile can give a step or Describable.
     *
     * @param type its class
     * @return the names
     */
    static Set<String> parameters(final Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    names.add(parameter.getName());
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)
                    && method.getName().startsWith("set")) {
                names.add(Introspector.decapitalize(method.getName().substring(3)));
            }
        }
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (field.isAnnotationPresent(DataBoundSetter.class) && !Modifier.isStatic(field.getModifiers())) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    boolean isStep(final String name) {
        return steps.containsKey(name);
    }

    /** Returns the step's class; call only for a step name. */
    Class<?> step(final String name) {
        return steps.get(name);
    }

    /** Returns the described classes of a symbol (two Describables may share one, e.g. {@code prometheus}); empty if none. */
    List<Class<?>> symbol(final String name) {
        return symbols.getOrDefault(name, List.of());
    }

    Set<String> stepNames() {
        return steps.keySet();
    }
}
