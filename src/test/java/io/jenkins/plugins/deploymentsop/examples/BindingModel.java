package io.jenkins.plugins.deploymentsop.examples;

import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * How Pipeline binds named arguments to one of our classes, as Jenkins' DescribableModel does: the parameters of the
 * {@code @DataBoundConstructor} by their names (the build compiles with {@code -parameters}), then every
 * {@code @DataBoundSetter} by its bean property name. {@link #create} calls the real constructor and setters, so every
 * value is checked by the code the step itself runs.
 */
final class BindingModel {
    private final Class<?> type;
    private final Constructor<?> constructor;
    private final Map<String, Type> constructorParameters = new LinkedHashMap<>();
    private final Map<String, Method> setterMethods = new LinkedHashMap<>();
    private final Map<String, Field> setterFields = new LinkedHashMap<>();

    private BindingModel(final Class<?> type) {
        this.type = type;
        List<Constructor<?>> bound = Arrays.stream(type.getConstructors())
                .filter(candidate -> candidate.isAnnotationPresent(DataBoundConstructor.class))
                .collect(Collectors.toList());
        if (bound.size() != 1 || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException(type.getName() + " has " + bound.size()
                    + " public @DataBoundConstructor constructors (Pipeline needs exactly one) or is abstract");
        }
        this.constructor = bound.get(0);
        for (Parameter parameter : constructor.getParameters()) {
            if (!parameter.isNamePresent()) {
                throw new IllegalStateException(type.getName()
                        + " was compiled without -parameters: Pipeline cannot bind its constructor by name");
            }
            constructorParameters.put(parameter.getName(), parameter.getParameterizedType());
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)
                    && method.getName().startsWith("set")
                    && method.getParameterCount() == 1) {
                setterMethods.put(Introspector.decapitalize(method.getName().substring(3)), method);
            }
        }
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (field.isAnnotationPresent(DataBoundSetter.class)) {
                    setterFields.putIfAbsent(field.getName(), field);
                }
            }
        }
    }

    static BindingModel of(final Class<?> type) {
        return new BindingModel(type);
    }

    Class<?> type() {
        return type;
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>(constructorParameters.keySet());
        names.addAll(setterMethods.keySet());
        names.addAll(setterFields.keySet());
        return names;
    }

    List<String> constructorNames() {
        return List.copyOf(constructorParameters.keySet());
    }

    Optional<Type> typeOf(final String name) {
        if (constructorParameters.containsKey(name)) {
            return Optional.of(constructorParameters.get(name));
        }
        if (setterMethods.containsKey(name)) {
            return Optional.of(setterMethods.get(name).getGenericParameterTypes()[0]);
        }
        return Optional.ofNullable(setterFields.get(name)).map(Field::getGenericType);
    }

    /**
     * Creates the object as Pipeline would: missing constructor arguments are {@code null} (or 0 and {@code false}),
     * then the setters of the given values, in the order given.
     *
     * @param values the bound values by name; every name is one of {@link #names()}
     * @return the object
     * @throws ReflectiveOperationException if the constructor or a setter fails; the cause is what it threw
     */
    Object create(final Map<String, Object> values) throws ReflectiveOperationException {
        Object[] arguments = constructorParameters.entrySet().stream()
                .map(entry ->
                        values.containsKey(entry.getKey()) ? values.get(entry.getKey()) : emptyValue(entry.getValue()))
                .toArray();
        Object instance = constructor.newInstance(arguments);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (constructorParameters.containsKey(entry.getKey())) {
                continue;
            }
            Method setter = setterMethods.get(entry.getKey());
            if (setter != null) {
                setter.invoke(instance, entry.getValue());
            } else {
                Field field = setterFields.get(entry.getKey());
                field.setAccessible(true);
                field.set(instance, entry.getValue());
            }
        }
        return instance;
    }

    private static Object emptyValue(final Type type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }

    /** Unwraps what a constructor or setter threw. */
    static Throwable cause(final ReflectiveOperationException exception) {
        return exception instanceof InvocationTargetException && exception.getCause() != null
                ? exception.getCause()
                : exception;
    }
}
