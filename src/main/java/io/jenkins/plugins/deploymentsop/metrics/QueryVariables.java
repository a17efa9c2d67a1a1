package io.jenkins.plugins.deploymentsop.metrics;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The values for the placeholders of one side of a deployment, e.g. the canary: service, version, color, environment. */
public final class QueryVariables implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No values: for queries without placeholders. */
    public static final QueryVariables NONE = new QueryVariables(new EnumMap<>(QueryVariable.class));

    private final EnumMap<QueryVariable, String> values;

    private QueryVariables(final EnumMap<QueryVariable, String> values) {
        this.values = values;
    }

    /**
     * Creates the variables of one side.
     *
     * @param service the service
     * @param environment the environment
     * @param version the version of this side
     * @param color the color of this side
     * @return the variables
     */
    public static QueryVariables of(
            final String service, final String environment, final String version, final String color) {
        return NONE.with(QueryVariable.SERVICE, service)
                .with(QueryVariable.ENVIRONMENT, environment)
                .with(QueryVariable.VERSION, version)
                .with(QueryVariable.COLOR, color);
    }

    /**
     * Returns a copy with one more value.
     *
     * @param variable the variable
     * @param value its value (any text; the template escapes it)
     * @return the new variables
     */
    public QueryVariables with(final QueryVariable variable, final String value) {
        EnumMap<QueryVariable, String> copy = new EnumMap<>(QueryVariable.class);
        copy.putAll(values);
        copy.put(variable, value);
        return new QueryVariables(copy);
    }

    /**
     * Returns the value of a variable.
     *
     * @param variable the variable
     * @return the value, if set
     */
    public Optional<String> get(final QueryVariable variable) {
        return Optional.ofNullable(values.get(variable));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof QueryVariables && ((QueryVariables) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Renders e.g. {@code service=shop, version=2.4.1}. */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map((Map.Entry<QueryVariable, String> entry) ->
                        entry.getKey().placeholderName() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
