package io.jenkins.plugins.deploymentsop.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ElvisOperatorExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;

/**
 * Evaluates the expressions a Jenkinsfile hands to our steps, as far as they can be known before the build runs:
 * literals, lists, maps, string concatenation and interpolation, {@code params.X} (a sample value, else the declared
 * default), {@code env.X} and bare names (the {@code environment} block, {@code env.X = ...}, Jenkins' own variables),
 * {@code def} variables, {@code ?:}, and calls of symbols. Everything else is an {@link Unknown}.
 */
final class ScriptValues {
    /** Jenkins' own environment variables, with sample values. */
    private static final Map<String, Object> JENKINS_ENVIRONMENT = Map.of(
            "BUILD_NUMBER", "42",
            "BUILD_ID", "42",
            "JOB_NAME", "shop/deploy",
            "JOB_BASE_NAME", "deploy",
            "BRANCH_NAME", "main",
            "WORKSPACE", "/var/lib/jenkins/workspace/shop-deploy",
            "BUILD_URL", "https://jenkins.example.com/job/shop/job/deploy/42/");

    private final Predicate<String> isFunction;
    private final Map<String, Object> parameters;
    private final Map<String, Object> environment = new HashMap<>(JENKINS_ENVIRONMENT);
    private final Map<String, Object> variables = new HashMap<>();

    /**
     * Creates the values of a Jenkinsfile.
     *
     * @param isFunction whether a name is a step or method whose result is known only when the build runs; any other
     *     call without a receiver is taken for a symbol (a misspelt one is reported where it is bound)
     * @param parameters the values of {@code params.X}
     */
    ScriptValues(final Predicate<String> isFunction, final Map<String, Object> parameters) {
        this.isFunction = isFunction;
        this.parameters = new HashMap<>(parameters);
    }

    void define(final String variable, final Object value) {
        variables.put(variable, value);
    }

    void setEnvironment(final String name, final Object value) {
        environment.put(name, value);
    }

    Object evaluate(final Expression expression) {
        if (expression instanceof ConstantExpression constant) {
            return constant.getValue();
        }
        if (expression instanceof GStringExpression text) {
            return interpolate(text);
        }
        if (expression instanceof ListExpression list) {
            return list.getExpressions().stream().map(this::evaluate).collect(Collectors.toList());
        }
        if (expression instanceof MapExpression map) {
            return evaluateMap(map);
        }
        if (expression instanceof VariableExpression variable) {
            return name(variable);
        }
        if (expression instanceof PropertyExpression property) {
            return property(property);
        }
        if (expression instanceof ElvisOperatorExpression elvis) {
            Object value = evaluate(elvis.getTrueExpression());
            return value instanceof Unknown || truthy(value) ? value : evaluate(elvis.getFalseExpression());
        }
        if (expression instanceof BinaryExpression binary
                && "+".equals(binary.getOperation().getText())) {
            return concatenate(binary);
        }
        if (expression instanceof MethodCallExpression call
                && call.isImplicitThis()
                && call.getMethodAsString() != null
                && !isFunction.test(call.getMethodAsString())) {
            return symbolCall(call);
        }
        return unknown(expression);
    }

    /** The named arguments, positional arguments and closures of a call. */
    record Arguments(Map<String, Expression> named, List<Expression> positional, List<ClosureExpression> closures) {}

    static Arguments arguments(final MethodCallExpression call) {
        Map<String, Expression> named = new LinkedHashMap<>();
        List<Expression> positional = new ArrayList<>();
        List<ClosureExpression> closures = new ArrayList<>();
        Expression arguments = call.getArguments();
        List<Expression> all = arguments instanceof TupleExpression tuple ? tuple.getExpressions() : List.of(arguments);
        for (Expression argument : all) {
            // foo(a: 1) and foo([a: 1]) reach a step alike: a map as the only or first argument is its named arguments
            if (argument instanceof MapExpression map && named.isEmpty() && positional.isEmpty()) {
                for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                    named.put(entry.getKeyExpression().getText(), entry.getValueExpression());
                }
            } else if (argument instanceof ClosureExpression closure) {
                closures.add(closure);
            } else {
                positional.add(argument);
            }
        }
        return new Arguments(named, positional, closures);
    }

    private SymbolCall symbolCall(final MethodCallExpression call) {
        Arguments arguments = arguments(call);
        Map<String, Object> named = new LinkedHashMap<>();
        arguments.named().forEach((key, value) -> named.put(key, evaluate(value)));
        List<Object> positional =
                arguments.positional().stream().map(this::evaluate).collect(Collectors.toList());
        arguments.closures().forEach(closure -> positional.add(unknown(closure)));
        return new SymbolCall(call.getMethodAsString(), named, positional, call.getLineNumber());
    }

    private Object name(final VariableExpression variable) {
        String name = variable.getName();
        if (variables.containsKey(name)) {
            return variables.get(name);
        }
        if (environment.containsKey(name)) {
            return environment.get(name);
        }
        return unknown(variable);
    }

    private Object property(final PropertyExpression property) {
        String name = property.getPropertyAsString();
        Expression owner = property.getObjectExpression();
        if (name != null
                && owner instanceof VariableExpression variable
                && !variables.containsKey(variable.getName())) {
            if ("env".equals(variable.getName())) {
                return environment.getOrDefault(name, unknown(property));
            }
            if ("params".equals(variable.getName())) {
                return parameters.getOrDefault(name, unknown(property));
            }
        }
        Object value = evaluate(owner);
        if (name != null && value instanceof Map<?, ?> map && map.containsKey(name)) {
            return map.get(name);
        }
        return unknown(property);
    }

    private Object interpolate(final GStringExpression text) {
        StringBuilder result = new StringBuilder();
        List<ConstantExpression> strings = text.getStrings();
        List<Expression> values = text.getValues();
        for (int i = 0; i < strings.size(); i++) {
            result.append(strings.get(i).getValue());
            if (i < values.size()) {
                Object value = evaluate(values.get(i));
                if (value instanceof Unknown || value instanceof SymbolCall || value == null) {
                    return unknown(text);
                }
                result.append(value);
            }
        }
        return result.toString();
    }

    private Object concatenate(final BinaryExpression binary) {
        Object left = evaluate(binary.getLeftExpression());
        Object right = evaluate(binary.getRightExpression());
        if (left instanceof String && (right instanceof String || right instanceof Number)) {
            return left + String.valueOf(right);
        }
        return unknown(binary);
    }

    private Map<String, Object> evaluateMap(final MapExpression map) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (MapEntryExpression entry : map.getMapEntryExpressions()) {
            result.put(entry.getKeyExpression().getText(), evaluate(entry.getValueExpression()));
        }
        return result;
    }

    private static boolean truthy(final Object value) {
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value != null;
    }

    private static Unknown unknown(final Expression expression) {
        return new Unknown(expression.getText().replace("this.", ""));
    }

    /** A value as text, with maps and symbol calls in a fixed order, for comparing two Jenkinsfiles. */
    static String canonical(final Object value) {
        if (value instanceof SymbolCall call) {
            return call.canonical();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ScriptValues::canonical).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + canonical(entry.getValue()))
                    .sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        return String.valueOf(value);
    }
}
