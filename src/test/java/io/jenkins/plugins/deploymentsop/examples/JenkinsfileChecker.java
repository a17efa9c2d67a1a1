package io.jenkins.plugins.deploymentsop.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.Phases;

/**
 * Checks a Jenkinsfile against our plugin without running it. Groovy's own parser builds the syntax tree (declarative
 * and scripted Pipelines are both Groovy); every call without a receiver must be one of our steps, one of our symbols,
 * a method of the script, or a name of {@link PipelineKeywords}. The arguments of our steps are evaluated
 * ({@link ScriptValues}) and bound to the real step classes ({@link Binder}), then the steps' start checks run
 * ({@link StartChecks}).
 */
final class JenkinsfileChecker {
    private final PluginModel model;
    private final Map<String, String> sampleParameters;

    /**
     * Creates a checker.
     *
     * @param model our steps and symbols
     * @param sampleParameters values of {@code params.X} to check with, over the Jenkinsfile's declared defaults
     */
    JenkinsfileChecker(final PluginModel model, final Map<String, String> sampleParameters) {
        this.model = model;
        this.sampleParameters = Map.copyOf(sampleParameters);
    }

    CheckedJenkinsfile check(final String name, final String text) {
        Set<Finding> findings = new LinkedHashSet<>();
        List<StepCall> calls = new ArrayList<>();
        ModuleNode module;
        try {
            module = parse(text);
        } catch (CompilationFailedException exception) {
            findings.add(new Finding(name, 0, "is not valid Groovy: " + exception.getMessage()));
            return new CheckedJenkinsfile(name, List.copyOf(findings), calls);
        }
        Map<String, Object> parameters = new LinkedHashMap<>(DeclaredParameters.of(module));
        parameters.putAll(sampleParameters);
        Set<String> methods = new HashSet<>();
        module.getMethods().forEach(method -> methods.add(method.getName()));
        ScriptValues values = new ScriptValues(
                function -> model.step(function).isPresent()
                        || PipelineKeywords.contains(function)
                        || methods.contains(function),
                parameters);
        Visitor visitor = new Visitor(name, values, methods, findings, calls);
        module.getStatementBlock().visit(visitor);
        for (MethodNode method : module.getMethods()) {
            method.getCode().visit(visitor);
        }
        return new CheckedJenkinsfile(name, List.copyOf(findings), calls);
    }

    private static ModuleNode parse(final String text) {
        // "Jenkinsfile": a valid script class name; only the syntax tree is built, nothing is compiled or run
        CompilationUnit unit = new CompilationUnit(new CompilerConfiguration());
        unit.addSource("Jenkinsfile", text);
        unit.compile(Phases.CONVERSION);
        return unit.getAST().getModules().get(0);
    }

    private final class Visitor extends CodeVisitorSupport {
        private final String file;
        private final ScriptValues values;
        private final Set<String> methods;
        private final Set<Finding> findings;
        private final List<StepCall> calls;
        private final Set<String> closures = new HashSet<>();
        private final Binder binder;
        private int environmentBlocks;

        Visitor(
                final String file,
                final ScriptValues values,
                final Set<String> methods,
                final Set<Finding> findings,
                final List<StepCall> calls) {
            this.file = file;
            this.values = values;
            this.methods = methods;
            this.findings = findings;
            this.calls = calls;
            this.binder =
                    new Binder(model, problem -> findings.add(new Finding(file, problem.line(), problem.message())));
        }

        @Override
        public void visitMethodCallExpression(final MethodCallExpression call) {
            String name = call.getMethodAsString();
            if (!call.isImplicitThis() || name == null) {
                super.visitMethodCallExpression(call);
                return;
            }
            Optional<PluginModel.StepType> step = model.step(name);
            if (step.isPresent()) {
                checkStep(step.get(), call);
                return;
            }
            if (model.isSymbol(name)) {
                if (values.evaluate(call) instanceof SymbolCall symbol) {
                    binder.checkNames(symbol);
                }
                return;
            }
            if (!PipelineKeywords.contains(name) && !methods.contains(name) && !closures.contains(name)) {
                findings.add(new Finding(
                        file,
                        call.getLineNumber(),
                        "unknown step '" + name
                                + "': neither a step of this plugin (" + String.join(", ", model.stepNames())
                                + ") nor a Pipeline keyword or step the examples may use (PipelineKeywords)"));
            }
            if ("environment".equals(name)) {
                environmentBlocks++;
                super.visitMethodCallExpression(call);
                environmentBlocks--;
            } else {
                super.visitMethodCallExpression(call);
            }
        }

        private void checkStep(final PluginModel.StepType step, final MethodCallExpression call) {
            ScriptValues.Arguments arguments = ScriptValues.arguments(call);
            Map<String, Object> named = new LinkedHashMap<>();
            arguments.named().forEach((key, value) -> named.put(key, values.evaluate(value)));
            List<Object> positional = new ArrayList<>();
            arguments.positional().forEach(value -> positional.add(values.evaluate(value)));
            boolean hasBody = !arguments.closures().isEmpty();
            int line = call.getLineNumber();
            if (hasBody && !step.takesBlock()) {
                findings.add(new Finding(file, line, step.name() + ": takes no block { ... }"));
            }
            Optional<Object> instance = binder.create(step.type(), step.name(), named, positional, line);
            instance.flatMap(object -> StartChecks.run(step.name(), object, hasBody))
                    .ifPresent(message ->
                            findings.add(new Finding(file, line, step.name() + " (when it starts): " + message)));
            calls.add(new StepCall(step.name(), line, named, hasBody, instance));
            // the body of a block step is Pipeline code like any other
            arguments.closures().forEach(closure -> closure.getCode().visit(this));
        }

        @Override
        public void visitBinaryExpression(final BinaryExpression expression) {
            boolean declaration = expression instanceof DeclarationExpression;
            if (declaration || "=".equals(expression.getOperation().getText())) {
                assign(expression.getLeftExpression(), expression.getRightExpression(), declaration);
            }
            super.visitBinaryExpression(expression);
        }

        private void assign(final Expression target, final Expression source, final boolean declaration) {
            Object value = values.evaluate(source);
            if (target instanceof VariableExpression variable) {
                if (environmentBlocks > 0 && !declaration) {
                    values.setEnvironment(variable.getName(), value); // environment { NAME = value }
                } else {
                    values.define(variable.getName(), value);
                    if (source instanceof ClosureExpression) {
                        closures.add(variable.getName()); // def deploy = { ... }; deploy('green')
                    }
                }
            } else if (target instanceof PropertyExpression property
                    && property.getObjectExpression() instanceof VariableExpression owner
                    && "env".equals(owner.getName())) {
                values.setEnvironment(property.getPropertyAsString(), value); // env.NAME = value
            }
        }
    }
}
