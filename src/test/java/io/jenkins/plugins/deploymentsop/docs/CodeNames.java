package io.jenkins.plugins.deploymentsop.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.deploymentsop.checklist.check.CheckType;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the traceability page may name, collected from the code, and the check of one name written in the
 * page's markup (see "How to read the covered by column" in docs/sop-traceability.md).
 */
final class CodeNames {
    private static final String PACKAGE = PluginClasses.PACKAGE;
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path PLUGIN_SOURCES = SOURCES.resolve(PACKAGE.replace('.', '/'));
    private static final Path TEMPLATES =
            Path.of("src/main/resources", PACKAGE.replace('.', '/'), "checklist/source/templates");

    private static final Pattern TITLE = Pattern.compile("§ (.+)");
    private static final Pattern CHECK_TYPE = Pattern.compile("type: (\\w+)");
    private static final Pattern RULE = Pattern.compile("rule: ([\\w.-]+)");
    private static final Pattern TEMPLATE_ITEM = Pattern.compile("(\\w+)\\.yaml: ([\\w.-]+)");
    private static final Pattern CALL = Pattern.compile("([a-z]\\w*)\\((.*)\\)");
    private static final Pattern MEMBER = Pattern.compile("([a-z]\\w*)\\.(\\w+)");
    private static final Pattern STEP = Pattern.compile("[a-z]\\w*");
    private static final Pattern TYPE = Pattern.compile("([A-Z]\\w*)(?:\\.(\\w+))?");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern ARGUMENT = Pattern.compile("(?:^|,)\\s*(\\w+)\\s*:");

    private final PipelineNames pipeline;
    private final Map<String, Class<?>> checkTypes;
    private final Map<String, Set<String>> templates;
    private final Set<String> rules;
    private final Set<String> titles;
    private final PluginClasses classes;

    private CodeNames(
            final PipelineNames pipeline,
            final Map<String, Class<?>> checkTypes,
            final Map<String, Set<String>> templates,
            final Set<String> rules,
            final Set<String> titles,
            final PluginClasses classes) {
        this.pipeline = pipeline;
        this.checkTypes = checkTypes;
        this.templates = templates;
        this.rules = rules;
        this.titles = titles;
        this.classes = classes;
    }

    /**
     * Collects the names from the compiled classes and the sources of the project in the working directory.
     *
     * @return the names
     * @throws IOException if a source cannot be read
     */
    static CodeNames read() throws IOException {
        PluginClasses classes = PluginClasses.load();
        return new CodeNames(
                PipelineNames.of(classes),
                checkTypes(classes),
                templates(),
                RuleSet.defaults().rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new)),
                SourceTexts.titles(List.of(
                        PLUGIN_SOURCES.resolve("report"), PLUGIN_SOURCES.resolve("ui"), Path.of("src/main/resources"))),
                classes);
    }

    // each check class names its type in a constant TYPE
    private static Map<String, Class<?>> checkTypes(final PluginClasses classes) {
        Map<String, Class<?>> types = new TreeMap<>();
        for (Class<?> type : classes.all()) {
            if (type.getPackageName().equals(PACKAGE + ".checklist.check")) {
                Arrays.stream(type.getDeclaredFields())
                        .filter(field -> field.getName().equals("TYPE") && Modifier.isStatic(field.getModifiers()))
                        .findFirst()
                        .map(CodeNames::value)
                        .ifPresent(name -> types.put(name, type));
            }
        }
        return types;
    }

    private static String value(final Field field) {
        try {
            field.setAccessible(true);
            return String.valueOf(field.get(null));
        } catch (IllegalAccessException exception) {
            throw new IllegalStateException("Cannot read " + field, exception);
        }
    }

    private static Map<String, Set<String>> templates() throws IOException {
        Map<String, Set<String>> templates = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(TEMPLATES)) {
            files = listing.filter(file -> file.toString().endsWith(".yaml")).toList();
        }
        for (Path file : files) {
            Set<String> ids = new TreeSet<>();
            for (JsonNode item : SecureJson.yaml().readTree(file.toFile()).path("items")) {
                ids.add(item.path("id").asText());
            }
            templates.put(file.getFileName().toString(), ids);
        }
        return templates;
    }

    Set<String> checkTypeNames() {
        return checkTypes.keySet();
    }

    /**
     * Checks one name written in backticks.
     *
     * @param reference the text between the backticks
     * @return why it names nothing in the code; empty if it does
     * @throws IOException if a source cannot be read
     */
    Optional<String> problem(final String reference) throws IOException {
        if (reference.length() > 1 && reference.startsWith("'") && reference.endsWith("'")) {
            return Optional.empty();
        }
        Matcher match;
        if ((match = TITLE.matcher(reference)).matches()) {
            return unless(titles.contains(match.group(1)), "no section or page has the title '" + match.group(1) + "'");
        }
        if ((match = CHECK_TYPE.matcher(reference)).matches()) {
            return unless(
                    CheckType.named(match.group(1)).isPresent(),
                    "no check type '" + match.group(1) + "' (known: " + CheckType.names() + ")");
        }
        if ((match = RULE.matcher(reference)).matches()) {
            return unless(rules.contains(match.group(1)), "no default rollback rule '" + match.group(1) + "' " + rules);
        }
        if ((match = TEMPLATE_ITEM.matcher(reference)).matches()) {
            return templateItem(match.group(1) + ".yaml", match.group(2));
        }
        if ((match = CALL.matcher(reference)).matches()) {
            return call(match.group(1), match.group(2));
        }
        if ((match = MEMBER.matcher(reference)).matches()) {
            return member(match.group(1), match.group(2));
        }
        if (STEP.matcher(reference).matches()) {
            return unless(pipeline.isStep(reference), "no step '" + reference + "' " + pipeline.stepNames());
        }
        if ((match = TYPE.matcher(reference)).matches()) {
            return type(match.group(1), Optional.ofNullable(match.group(2)));
        }
        return Optional.of("not written in one of the page's forms (a step, step.parameter, symbol(parameter: …),"
                + " type: …, check.field, template.yaml: id, rule: …, § title, Class or Class.member, 'value')");
    }

    private Optional<String> templateItem(final String template, final String id) {
        if (!templates.containsKey(template)) {
            return Optional.of("no template " + template + " " + templates.keySet());
        }
        return unless(templates.get(template).contains(id), "template " + template + " has no item '" + id + "'");
    }

    private Optional<String> call(final String name, final String arguments) {
        List<Class<?>> candidates = pipeline.isStep(name) ? List.of(pipeline.step(name)) : pipeline.symbol(name);
        if (candidates.isEmpty()) {
            return Optional.of("no step or symbol '" + name + "'");
        }
        Set<String> given = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(QUOTED.matcher(arguments).replaceAll("''"));
        while (argument.find()) {
            given.add(argument.group(1));
        }
        for (Class<?> candidate : candidates) {
            if (PipelineNames.parameters(candidate).containsAll(given)) {
                return Optional.empty();
            }
        }
        return Optional.of("'" + name + "' has no parameter "
                + given.stream()
                        .filter(parameter -> candidates.stream().noneMatch(type -> PipelineNames.parameters(type)
                                .contains(parameter)))
                        .collect(Collectors.toList()));
    }

    private Optional<String> member(final String owner, final String name) throws IOException {
        if (pipeline.isStep(owner)) {
            Set<String> parameters = PipelineNames.parameters(pipeline.step(owner));
            return unless(parameters.contains(name), "step '" + owner + "' has no parameter '" + name + "'");
        }
        if (checkTypes.containsKey(owner)) {
            return unless(
                    fieldsOf(checkTypes.get(owner)).contains(name),
                    "check type '" + owner + "' reads no field '" + name + "'");
        }
        return Optional.of("'" + owner + "' is neither a step nor a check type");
    }

    // the field names a check reads are string literals of its class or of the package's helpers it uses
    private static Set<String> fieldsOf(final Class<?> check) throws IOException {
        Path folder = SOURCES.resolve(check.getPackageName().replace('.', '/'));
        String source = Files.readString(folder.resolve(check.getSimpleName() + ".java"), StandardCharsets.UTF_8);
        Set<String> literals = new TreeSet<>(SourceTexts.literals(source));
        List<Path> helpers;
        try (Stream<Path> listing = Files.list(folder)) {
            helpers = listing.toList();
        }
        for (Path helper : helpers) {
            String name = helper.getFileName().toString().replace(".java", "");
            if (!helper.equals(folder.resolve(check.getSimpleName() + ".java"))
                    && Pattern.compile("\\b" + name + "\\b").matcher(source).find()) {
                literals.addAll(SourceTexts.literals(Files.readString(helper, StandardCharsets.UTF_8)));
            }
        }
        return literals;
    }

    private Optional<String> type(final String simpleName, final Optional<String> member) {
        List<Class<?>> types = classes.named(simpleName);
        if (types.isEmpty()) {
            return Optional.of("no class " + simpleName + " in " + PACKAGE);
        }
        if (member.isEmpty()) {
            return Optional.empty();
        }
        boolean found = types.stream().anyMatch(type -> PluginClasses.hasMember(type, member.get()));
        return unless(found, "class " + simpleName + " has no member '" + member.get() + "'");
    }

    private static Optional<String> unless(final boolean exists, final String problem) {
        return exists ? Optional.empty() : Optional.of(problem);
    }
}
