package io.jenkins.plugins.deploymentsop.examples;

import hudson.Extension;
import hudson.model.Describable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/**
 * The Pipeline vocabulary of this plugin, read from its classes the way Jenkins finds it: the steps from the
 * {@code @Extension} index (each {@link StepDescriptor}'s function name), the nested describables from the
 * {@code @Symbol} index (each descriptor's symbols, for the describable class the descriptor is nested in).
 */
final class PluginModel {
    private static final String SYMBOL_INDEX = "META-INF/services/annotations/org.jenkinsci.Symbol";

    /** A step: its function name, its class and whether it takes a block. */
    record StepType(String name, Class<?> type, boolean takesBlock) {}

    private final Map<String, StepType> steps;
    private final Map<String, List<Class<?>>> symbols;

    private PluginModel(final Map<String, StepType> steps, final Map<String, List<Class<?>>> symbols) {
        this.steps = steps;
        this.symbols = symbols;
    }

    static PluginModel load() throws IOException, ClassNotFoundException {
        ClassLoader loader = PluginModel.class.getClassLoader();
        return new PluginModel(loadSteps(loader), loadSymbols(loader));
    }

    Optional<StepType> step(final String name) {
        return Optional.ofNullable(steps.get(name));
    }

    Set<String> stepNames() {
        return new TreeSet<>(steps.keySet());
    }

    boolean isSymbol(final String name) {
        return symbols.containsKey(name);
    }

    Set<String> symbolNames() {
        return new TreeSet<>(symbols.keySet());
    }

    /** The describable classes with this symbol (one symbol may name describables of several kinds). */
    List<Class<?>> describables(final String symbol) {
        return symbols.getOrDefault(symbol, List.of());
    }

    /** The symbols of the describables that fit a parameter of this type. */
    Set<String> symbolsFor(final Class<?> type) {
        return symbols.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(type::isAssignableFrom))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, StepType> loadSteps(final ClassLoader loader) throws ClassNotFoundException {
        Map<String, StepType> found = new TreeMap<>();
        for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, loader)) {
            Class<?> type = Class.forName(item.className(), false, loader);
            if (!StepDescriptor.class.isAssignableFrom(type)) {
                continue;
            }
            Class<?> step = type.getDeclaringClass();
            if (step == null || !Step.class.isAssignableFrom(step)) {
                throw new IllegalStateException(type.getName() + " is not nested in its Step class");
            }
            StepDescriptor descriptor = (StepDescriptor) withoutConstructor(type);
            String name = descriptor.getFunctionName();
            if (found.put(name, new StepType(name, step, takesBlock(descriptor))) != null) {
                throw new IllegalStateException("Two steps are named " + name);
            }
        }
        return found;
    }

    /**
     * The API copy's Descriptor constructor throws (Jenkins is not running): the descriptor's own methods, which
     * return constants, are called on an instance made without running any constructor.
     */
    private static Object withoutConstructor(final Class<?> type) {
        try {
            Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            return unsafe.getClass().getMethod("allocateInstance", Class.class).invoke(unsafe, type);
        } catch (ReflectiveOperationException exception) {
            throw new IllegalStateException("Cannot make an instance of " + type.getName(), exception);
        }
    }

    private static boolean takesBlock(final StepDescriptor descriptor) {
        try {
            return descriptor.takesImplicitBlockArgument();
        } catch (UnsupportedOperationException inherited) {
            return false; // not overridden: the default of Jenkins is false
        }
    }

    private static Map<String, List<Class<?>>> loadSymbols(final ClassLoader loader)
            throws IOException, ClassNotFoundException {
        Map<String, List<Class<?>>> found = new TreeMap<>();
        for (String name : symbolIndex(loader)) {
            Class<?> type = Class.forName(name, false, loader);
            Class<?> describable = type.getDeclaringClass();
            if (describable == null || !Describable.class.isAssignableFrom(describable)) {
                continue; // e.g. the global configuration: a symbol for Configuration as Code, not for Pipeline
            }
            Symbol symbol = type.getAnnotation(Symbol.class);
            if (symbol == null) {
                throw new IllegalStateException(SYMBOL_INDEX + " lists " + name + ", which has no @Symbol");
            }
            for (String value : symbol.value()) {
                found.computeIfAbsent(value, key -> new ArrayList<>()).add(describable);
            }
        }
        return found;
    }

    private static List<String> symbolIndex(final ClassLoader loader) throws IOException {
        try (InputStream input = loader.getResourceAsStream(SYMBOL_INDEX)) {
            if (input == null) {
                throw new IllegalStateException("No " + SYMBOL_INDEX + " on the class path");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toList());
        }
    }
}
