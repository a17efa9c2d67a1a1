package io.jenkins.plugins.deploymentsop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistBuilder;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.rollback.DefaultRules;
import io.jenkins.plugins.deploymentsop.rollback.RuleFileReader;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.steps.ProbeTarget;
import io.jenkins.plugins.deploymentsop.steps.checklist.ChecklistItemSpec;
import io.jenkins.plugins.deploymentsop.steps.checklist.PreDeployChecklistStep;
import io.jenkins.plugins.deploymentsop.steps.rollback.ProbeFactory;
import io.jenkins.plugins.deploymentsop.steps.rollback.RollbackIfUnhealthyStep;
import io.jenkins.plugins.deploymentsop.steps.rollback.SecretLookup;
import io.jenkins.plugins.deploymentsop.steps.rollback.SignalCatalog;
import io.jenkins.plugins.deploymentsop.steps.rollback.WatchPlan;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Jenkinsfile under {@code examples/} uses only steps, parameters and symbols that exist with that name in our
 * classes, with values our steps accept; the two variants of each deployment type are the same deployment; and the
 * checklist and rollback-rule files they name are read by the engine's readers and merged without a problem.
 * {@link JenkinsfileCheckerTest} proves that the checker reports each kind of mistake.
 */
class ExampleJenkinsfilesTest {
    /** The repository root of the examples: the paths the Jenkinsfiles name are relative to it. */
    static final Path EXAMPLES = Path.of("examples");

    /** The three deployment types of SOP 001, each written declaratively and as a scripted Pipeline. */
    private static final List<String> TYPES = List.of("standard-canary", "hotfix", "feature-flag");

    private static final List<String> VARIANTS = List.of("Jenkinsfile.declarative", "Jenkinsfile.scripted");

    /** What someone starting the build enters; the Jenkinsfiles declare these parameters without a default. */
    private static final Map<String, String> SAMPLE_PARAMETERS =
            Map.of("VERSION", "1.4.0", "STABLE_VERSION", "1.3.2", "INCIDENT", "INC-4711");

    private static PluginModel model;

    @BeforeAll
    static void loadModel() throws Exception {
        model = PluginModel.load();
    }

    /** Each Jenkinsfile is checked once; the tests look at the result from several sides. */
    private static final Map<Path, CheckedJenkinsfile> CHECKED = new ConcurrentHashMap<>();

    static CheckedJenkinsfile check(final Path file) throws IOException {
        Path key = file.normalize();
        CheckedJenkinsfile checked = CHECKED.get(key);
        if (checked == null) {
            checked = new JenkinsfileChecker(model, SAMPLE_PARAMETERS)
                    .check(EXAMPLES.relativize(key).toString(), Files.readString(key, StandardCharsets.UTF_8));
            CHECKED.put(key, checked);
        }
        return checked;
    }

    static Stream<Path> jenkinsfiles() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            List<Path> found = files.filter(
                            file -> file.getFileName().toString().startsWith("Jenkinsfile"))
                    .sorted()
                    .collect(Collectors.toList());
            return found.stream();
        }
    }

    @Test
    void shouldHaveADeclarativeAndAScriptedJenkinsfileForEachDeploymentType() throws IOException {
        Set<String> expected = new TreeSet<>();
        TYPES.forEach(type -> VARIANTS.forEach(variant -> expected.add(type + "/" + variant)));

        assertThat(jenkinsfiles().map(file -> EXAMPLES.relativize(file).toString()))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jenkinsfiles")
    void shouldUseOnlyStepsParametersAndSymbolsThatExistWithValuesTheStepsAccept(final Path file) throws IOException {
        CheckedJenkinsfile checked = check(file);

        assertThat(checked.findings()).as("problems in %s", file).isEmpty();
        assertThat(checked.calls())
                .as("every call of our steps became a real step object")
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.instance()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void shouldWriteTheSameDeploymentInBothVariants(final String type) throws IOException {
        List<String> declarative = canonicalCalls(EXAMPLES.resolve(type).resolve(VARIANTS.get(0)));
        List<String> scripted = canonicalCalls(EXAMPLES.resolve(type).resolve(VARIANTS.get(1)));

        assertThat(scripted).isEqualTo(declarative);
    }

    static List<String> types() {
        return TYPES;
    }

    @Test
    void shouldFollowWhatTheSopPrescribesForEachType() throws IOException {
        // SOP 001 "Standard": gates, the new version on the idle colour (found by the canary's dry run), the canary
        // 5/25/75/100 of SOP 004, the watch, the report.
        CheckedJenkinsfile standard = check(EXAMPLES.resolve("standard-canary/Jenkinsfile.declarative"));
        assertThat(standard.stepNames())
                .containsExactly(
                        "preDeployChecklist",
                        "canaryPromote",
                        "canaryPromote",
                        "rollbackIfUnhealthy",
                        "deploymentReport");
        assertThat(argument(standard, "canaryPromote", 1, "steps")).isEqualTo("[5, 25, 75, 100]");
        assertThat(argument(standard, "canaryPromote", 0, "dryRun")).isEqualTo("true");
        assertTypes(standard, "standard");

        // SOP 001 "Hotfix": the hotfix checklist with the tech lead's sign-off, a direct blue-green switch, a watch
        // on which the P1 rules roll back by themselves.
        CheckedJenkinsfile hotfix = check(EXAMPLES.resolve("hotfix/Jenkinsfile.declarative"));
        assertThat(hotfix.stepNames())
                .containsExactly("preDeployChecklist", "blueGreenDeploy", "rollbackIfUnhealthy", "deploymentReport");
        assertThat(argument(hotfix, "preDeployChecklist", 0, "emergencyOverride"))
                .isEqualTo("'Hotfix for INC-4711'");
        assertThat(argument(hotfix, "rollbackIfUnhealthy", 0, "rules")).contains("action: 'auto'");
        assertTypes(hotfix, "hotfix");

        // SOP 001 "Feature Flag": dark deploy, then the flag ramp and the watch through the flag router, whose
        // rollback switches the flag off.
        CheckedJenkinsfile flag = check(EXAMPLES.resolve("feature-flag/Jenkinsfile.declarative"));
        assertThat(flag.stepNames())
                .containsExactly(
                        "preDeployChecklist",
                        "blueGreenDeploy",
                        "canaryPromote",
                        "rollbackIfUnhealthy",
                        "deploymentReport");
        assertThat(argument(flag, "canaryPromote", 0, "router")).startsWith("command(");
        assertThat(argument(flag, "rollbackIfUnhealthy", 0, "router"))
                .isEqualTo(argument(flag, "canaryPromote", 0, "router"));
        assertThat(argument(flag, "rollbackIfUnhealthy", 0, "previousColor")).isEqualTo("'blue'");
        assertTypes(flag, "featureFlag");
    }

    @Test
    void shouldTogetherUseEveryStepOfThePlugin() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : jenkinsfiles().collect(Collectors.toList())) {
            used.addAll(check(file).stepNames());
        }

        assertThat(used).isEqualTo(model.stepNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jenkinsfiles")
    void shouldNameChecklistFilesThatTheEngineReadsWithoutAProblem(final Path file) throws IOException {
        List<PreDeployChecklistStep> steps = check(file).instances(PreDeployChecklistStep.class);
        assertThat(steps).isNotEmpty();
        for (PreDeployChecklistStep step : steps) {
            Path checklistFile = EXAMPLES.resolve(step.getChecklist());
            assertThat(checklistFile).as("the checklist file of %s", file).isRegularFile();
            List<Map<String, Object>> items = new ArrayList<>();
            step.getItems().stream().map(ChecklistItemSpec::toItemMap).forEach(items::add);

            Checklist checklist = ChecklistBuilder.create()
                    .template(DeploymentType.valueOf("type", step.getType()))
                    .file(checklistFile, step.getChecklist())
                    .pipelineItems(items)
                    .build();

            assertThat(checklist.problems())
                    .as("problems of %s", step.getChecklist())
                    .isEmpty();
            assertThat(checklist.items()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jenkinsfiles")
    void shouldNameRollbackRulesThatMergeAndAreAllWatched(final Path file) throws IOException {
        List<RollbackIfUnhealthyStep> steps = check(file).instances(RollbackIfUnhealthyStep.class);
        assertThat(steps).isNotEmpty();
        for (RollbackIfUnhealthyStep step : steps) {
            List<RuleSource> sources = new ArrayList<>();
            if (step.isUseDefaults()) {
                sources.add(DefaultRules.source());
            }
            if (!step.getRulesFile().isEmpty()) {
                Path rulesFile = EXAMPLES.resolve(step.getRulesFile());
                assertThat(rulesFile).as("the rules file of %s", file).isRegularFile();
                sources.add(RuleFileReader.read(rulesFile, step.getRulesFile(), RuleLayer.FILE));
            }
            @SuppressWarnings("unchecked")
            Optional<RuleSource> pipeline = (Optional<RuleSource>) StartChecks.call(step, "pipelineSource");
            pipeline.ifPresent(sources::add);
            RuleSet rules = RuleSet.merge(sources);

            // the step's own wiring of metric sources and health checks: every rule must read a bound signal
            SignalCatalog catalog = (SignalCatalog) StartChecks.call(
                    step,
                    "catalog",
                    (SecretLookup) credentialsId -> HttpAuth.none(),
                    (ProbeFactory) (check, color, targets) -> check.createProbe(new ProbeTarget(
                            color, targets, new LocalCommandRunner(EXAMPLES), ProbeTarget.CredentialsLookup.NONE)),
                    Clock.systemUTC());
            WatchPlan plan = catalog.plan(rules);

            assertThat(plan.notWatched()).as("rules %s leaves unwatched", file).isEmpty();
            assertThat(plan.rules().rules()).isNotEmpty();
        }
    }

    @Test
    void shouldUseEveryChecklistAndRulesFileOfTheExamples() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path file : jenkinsfiles().collect(Collectors.toList())) {
            CheckedJenkinsfile checked = check(file);
            checked.instances(PreDeployChecklistStep.class).forEach(step -> named.add(step.getChecklist()));
            checked.instances(RollbackIfUnhealthyStep.class).forEach(step -> named.add(step.getRulesFile()));
        }
        Set<String> present;
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("deploy"))) {
            present = files.filter(file -> file.toString().endsWith(".yaml"))
                    .map(file -> EXAMPLES.relativize(file).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(named).isEqualTo(present);
    }

    @Test
    void shouldReadTheRulesFilesAloneToo() {
        for (String name : List.of("deploy/rollback-rules.yaml", "deploy/rollback-rules-feature-flag.yaml")) {
            assertThatCode(() -> RuleSet.merge(
                            DefaultRules.source(), RuleFileReader.read(EXAMPLES.resolve(name), name, RuleLayer.FILE)))
                    .as(name)
                    .doesNotThrowAnyException();
        }
    }

    private static void assertTypes(final CheckedJenkinsfile checked, final String type) {
        assertThat(argument(checked, "preDeployChecklist", 0, "type")).isEqualTo("'" + type + "'");
        assertThat(argument(checked, "deploymentReport", 0, "type")).isEqualTo("'" + type + "'");
    }

    private static String argument(
            final CheckedJenkinsfile checked, final String step, final int index, final String parameter) {
        List<StepCall> calls = checked.calls().stream()
                .filter(call -> call.step().equals(step))
                .collect(Collectors.toList());
        assertThat(calls).as("calls of %s", step).hasSizeGreaterThan(index);
        return ScriptValues.canonical(calls.get(index).arguments().get(parameter));
    }

    private static List<String> canonicalCalls(final Path file) throws IOException {
        return check(file).calls().stream().map(StepCall::canonical).collect(Collectors.toList());
    }
}
