package io.jenkins.plugins.deploymentsop.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;

/**
 * The build parameters a Jenkinsfile declares ({@code parameters { string(...) }} or
 * {@code properties([parameters([string(...)])])}) with their default values: what {@code params.X} holds when nobody
 * enters a value.
 */
final class DeclaredParameters extends CodeVisitorSupport {
    private static final List<String> KINDS = List.of("string", "text", "password", "booleanParam", "choice");

    private final Map<String, Object> defaults = new LinkedHashMap<>();
    private int depth;

    private DeclaredParameters() {}

    static Map<String, Object> of(final ModuleNode module) {
        DeclaredParameters visitor = new DeclaredParameters();
        module.getStatementBlock().visit(visitor);
        return visitor.defaults;
    }

    @Override
    public void visitMethodCallExpression(final MethodCallExpression call) {
        String name = call.getMethodAsString();
        if ("parameters".equals(name)) {
            depth++;
            super.visitMethodCallExpression(call);
            depth--;
            return;
        }
        if (depth > 0 && KINDS.contains(name)) {
            Map<String, Expression> named = ScriptValues.arguments(call).named();
            if (named.get("name") instanceof ConstantExpression parameter) {
                defaults.put(String.valueOf(parameter.getValue()), defaultValue(name, named));
            }
        }
        super.visitMethodCallExpression(call);
    }

    private static Object defaultValue(final String kind, final Map<String, Expression> named) {
        if ("choice".equals(kind)) {
            Expression choices = named.get("choices");
            if (choices instanceof ListExpression list
                    && !list.getExpressions().isEmpty()
                    && list.getExpression(0) instanceof ConstantExpression first) {
                return first.getValue();
            }
            return choices instanceof ConstantExpression lines
                    ? String.valueOf(lines.getValue()).split("\n")[0]
                    : "";
        }
        Expression value = named.get("defaultValue");
        if (value instanceof ConstantExpression constant) {
            return constant.getValue();
        }
        return "booleanParam".equals(kind) ? Boolean.FALSE : "";
    }
}
