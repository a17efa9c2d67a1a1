package io.jenkins.plugins.deploymentsop.examples;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns the evaluated arguments of a step or symbol call into the real object, as Pipeline does: every name must be a
 * parameter of the class, every value must fit the parameter's type, a symbol must name a describable that fits the
 * parameter, and the real constructor and setters must accept the values. Each problem is reported with the line
 * and the path to the parameter, e.g. {@code blueGreenDeploy › router › haproxy: unknown parameter 'sockett'}.
 */
final class Binder {
    private final PluginModel model;
    private final Consumer<Problem> problems;

    /** A problem at a line of the Jenkinsfile. */
    record Problem(int line, String message) {}

    Binder(final PluginModel model, final Consumer<Problem> problems) {
        this.model = model;
        this.problems = problems;
    }

    /**
     * Creates an instance of a step or describable class from a call's evaluated arguments.
     *
     * @return the object, or empty when a problem was reported
     */
    Optional<Object> create(
            final Class<?> type,
            final String where,
            final Map<String, Object> named,
            final List<Object> positional,
            final int line) {
        BindingModel binding = BindingModel.of(type);
        Map<String, Object> arguments = new LinkedHashMap<>(named);
        boolean complete = true;
        if (!positional.isEmpty()) {
            // Pipeline accepts one unnamed argument for a class with exactly one constructor parameter
            if (positional.size() == 1 && binding.constructorNames().size() == 1 && named.isEmpty()) {
                arguments.put(binding.constructorNames().get(0), positional.get(0));
            } else {
                report(
                        line,
                        where + ": takes named arguments only, e.g. " + example(binding) + "; got "
                                + positional.stream()
                                        .map(ScriptValues::canonical)
                                        .collect(Collectors.joining(", ")));
                complete = false;
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            Optional<Type> parameter = binding.typeOf(argument.getKey());
            if (parameter.isEmpty()) {
                report(
                        line,
                        where + ": unknown parameter '" + argument.getKey() + "' (known: "
                                + String.join(", ", binding.names()) + ")");
                complete = false;
                continue;
            }
            Optional<Object> value =
                    bind(parameter.get(), argument.getValue(), where + " › " + argument.getKey(), line);
            if (value.isPresent()) {
                values.put(argument.getKey(), value.get() == NULL ? null : value.get());
            } else {
                complete = false;
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        try {
            return Optional.of(binding.create(values));
        } catch (ReflectiveOperationException exception) {
            Throwable cause = BindingModel.cause(exception);
            report(
                    line,
                    where + ": "
                            + (cause instanceof InvalidInputException
                                    ? cause.getMessage()
                                    : cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            return Optional.empty();
        }
    }

    /** Stands for a bound {@code null}: an Optional cannot hold one. */
    private static final Object NULL = new Object();

    private Optional<Object> bind(final Type type, final Object value, final String where, final int line) {
        if (value instanceof Unknown unknown) {
            return fail(
                    line,
                    where + ": cannot be known before the build runs: " + unknown.text()
                            + " (give a literal, params.X, env.X or a def variable that holds one, so it can be checked)");
        }
        Class<?> raw = raw(type);
        if (value == null) {
            return raw.isPrimitive() ? fail(line, where + ": needs a value, got null") : Optional.of(NULL);
        }
        if (raw == String.class) {
            return value instanceof String ? Optional.of(value) : mismatch(line, where, "text", value);
        }
        if (raw == int.class || raw == Integer.class) {
            return isWhole(value)
                    ? Optional.of(((Number) value).intValue())
                    : mismatch(line, where, "a whole number", value);
        }
        if (raw == long.class || raw == Long.class) {
            return isWhole(value)
                    ? Optional.of(((Number) value).longValue())
                    : mismatch(line, where, "a whole number", value);
        }
        if (raw == double.class || raw == Double.class) {
            return value instanceof Number number
                    ? Optional.of(number.doubleValue())
                    : mismatch(line, where, "a number", value);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return value instanceof Boolean ? Optional.of(value) : mismatch(line, where, "true or false", value);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return bindList(type, value, where, line);
        }
        if (value instanceof SymbolCall call) {
            return bindSymbol(raw, call, where);
        }
        return mismatch(line, where, "one of " + model.symbolsFor(raw) + " written as symbol(...)", value);
    }

    private Optional<Object> bindList(final Type type, final Object value, final String where, final int line) {
        if (!(value instanceof List<?> list)) {
            return mismatch(line, where, "a list [...]", value);
        }
        Type element = type instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0]
                : Object.class;
        List<Object> bound = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            Optional<Object> item = bind(element, list.get(i), where + "[" + i + "]", line);
            if (item.isPresent()) {
                bound.add(item.get() == NULL ? null : item.get());
            } else {
                complete = false;
            }
        }
        return complete ? Optional.of(bound) : Optional.empty();
    }

    private Optional<Object> bindSymbol(final Class<?> type, final SymbolCall call, final String where) {
        List<Class<?>> candidates = model.describables(call.symbol()).stream()
                .filter(type::isAssignableFrom)
                .collect(Collectors.toList());
        Set<String> allowed = model.symbolsFor(type);
        if (candidates.isEmpty()) {
            return fail(
                    call.line(),
                    where + ": "
                            + (model.isSymbol(call.symbol())
                                    ? "'" + call.symbol() + "' does not fit here"
                                    : "unknown symbol '" + call.symbol() + "'")
                            + " (allowed here: "
                            + String.join(", ", allowed) + ")");
        }
        if (candidates.size() > 1) {
            return fail(call.line(), where + ": '" + call.symbol() + "' is ambiguous here: " + candidates);
        }
        return create(candidates.get(0), where + " › " + call.symbol(), call.named(), call.positional(), call.line());
    }

    /**
     * Reports names that no describable with this symbol has, when the call's place (and so its class) is not known,
     * e.g. {@code def router = haproxy(...)}.
     */
    void checkNames(final SymbolCall call) {
        List<Class<?>> candidates = model.describables(call.symbol());
        Set<String> known = new java.util.TreeSet<>();
        candidates.forEach(type -> known.addAll(BindingModel.of(type).names()));
        for (String name : call.named().keySet()) {
            if (!known.contains(name)) {
                report(
                        call.line(),
                        call.symbol() + ": unknown parameter '" + name + "' (known: " + String.join(", ", known) + ")");
            }
        }
        for (Object value : call.named().values()) {
            nestedCalls(value).forEach(this::checkNames);
        }
    }

    private static List<SymbolCall> nestedCalls(final Object value) {
        if (value instanceof SymbolCall call) {
            return List.of(call);
        }
        if (value instanceof List<?> list) {
            return list.stream().flatMap(item -> nestedCalls(item).stream()).collect(Collectors.toList());
        }
        return List.of();
    }

    private static boolean isWhole(final Object value) {
        return value instanceof Integer
                || value instanceof Long
                || value instanceof BigInteger
                || value instanceof BigDecimal number
                        && number.stripTrailingZeros().scale() <= 0;
    }

    private Optional<Object> mismatch(final int line, final String where, final String expected, final Object value) {
        return fail(line, where + ": expected " + expected + ", got " + ScriptValues.canonical(value));
    }

    private Optional<Object> fail(final int line, final String message) {
        report(line, message);
        return Optional.empty();
    }

    private void report(final int line, final String message) {
        problems.accept(new Problem(line, message));
    }

    private static String example(final BindingModel binding) {
        return binding.constructorNames().stream()
                .map(name -> name + ": ...")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static Class<?> raw(final Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return raw(parameterized.getRawType());
        }
        if (type instanceof WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        return Object.class;
    }
}
