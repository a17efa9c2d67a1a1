package io.jenkins.plugins.deploymentsop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.steps.BlueGreenDeployStep;
import io.jenkins.plugins.deploymentsop.steps.HaproxyRouterConfiguration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker of the examples finds what it must find: each kind of mistake in a small Jenkinsfile of its own. */
class JenkinsfileCheckerTest {
    private static final String ROUTER = "haproxy(socket: '/run/haproxy/admin.sock', backend: 'shop')";
    private static final String DEPLOY = "blueGreenDeploy(service: 'shop', environment: 'production', router: %s,\n"
            + "    blue: 'http://10.0.0.1:8080', green: 'http://10.0.0.2:8080', healthCheck: http(path: '/health'),\n"
            + "    trafficSteps: [10, 50, 100]%s) {\n"
            + "  sh './deploy.sh $DEPLOY_COLOR'\n"
            + "}\n";

    private static PluginModel model;

    @BeforeAll
    static void loadModel() throws Exception {
        model = PluginModel.load();
    }

    private static CheckedJenkinsfile check(final String text) {
        return new JenkinsfileChecker(model, Map.of("VERSION", "1.4.0")).check("Jenkinsfile", text);
    }

    private static List<String> findings(final String text) {
        return check(text).findings().stream().map(Finding::toString).collect(Collectors.toList());
    }

    private static String node(final String body) {
        return "node('lb-host') {\n" + body + "}\n";
    }

    @Test
    void shouldFindTheFiveStepsAndTheirSymbolsInOurClasses() {
        assertThat(model.stepNames())
                .containsExactly(
                        "blueGreenDeploy",
                        "canaryPromote",
                        "deploymentReport",
                        "preDeployChecklist",
                        "rollbackIfUnhealthy");
        assertThat(model.symbolNames()).contains("haproxy", "nginx", "command", "http", "threshold", "rule", "tests");
        assertThat(model.describables("prometheus")).hasSize(2); // canary source and rollback metric source
        assertThat(model.step("blueGreenDeploy").orElseThrow().takesBlock()).isTrue();
        assertThat(model.step("deploymentReport").orElseThrow().takesBlock()).isFalse();
    }

    @Test
    void shouldAcceptACorrectJenkinsfileAndCreateTheRealSteps() {
        CheckedJenkinsfile checked = check(node(String.format(DEPLOY, ROUTER, "")));

        assertThat(checked.findings()).isEmpty();
        List<BlueGreenDeployStep> steps = checked.instances(BlueGreenDeployStep.class);
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).getTrafficSteps()).containsExactly(10.0, 50.0, 100.0);
        assertThat(steps.get(0).getRouter()).isInstanceOf(HaproxyRouterConfiguration.class);
    }

    @Test
    void shouldReportAMisspelledStep() {
        assertThat(findings(node(String.format(DEPLOY, ROUTER, "").replace("blueGreenDeploy", "blueGreenDeplooy"))))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:2: unknown step 'blueGreenDeplooy'")
                .contains("blueGreenDeploy, canaryPromote");
    }

    @Test
    void shouldReportAMisspelledParameter() {
        assertThat(findings(node(String.format(DEPLOY, ROUTER, ", stepwait: '2m'"))))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:2: blueGreenDeploy: unknown parameter 'stepwait' (known: ")
                .contains("stepWait");
    }

    @Test
    void shouldReportAMisspelledNestedSymbol() {
        assertThat(findings(node(String.format(DEPLOY, ROUTER.replace("haproxy(", "haproxxy("), ""))))
                .singleElement()
                .asString()
                .isEqualTo("Jenkinsfile:2: blueGreenDeploy › router: unknown symbol 'haproxxy'"
                        + " (allowed here: command, haproxy, nginx)");
    }

    @Test
    void shouldReportASymbolInAPlaceWhereItDoesNotFit() {
        assertThat(findings(node(String.format(DEPLOY, "tcp(port: 80)", ""))))
                .singleElement()
                .asString()
                .contains("blueGreenDeploy › router: 'tcp' does not fit here (allowed here: command, haproxy, nginx)");
    }

    @Test
    void shouldReportAMisspelledParameterOfANestedSymbolAlsoInAVariable() {
        String text = "def router = haproxy(sockett: '/run/haproxy/admin.sock', backend: 'shop')\n"
                + node(String.format(DEPLOY, "router", ""));

        assertThat(findings(text))
                .anySatisfy(finding -> assertThat(finding)
                        .startsWith("Jenkinsfile:1: haproxy: unknown parameter 'sockett' (known: backend, blueServer"))
                .anySatisfy(finding -> assertThat(finding)
                        .startsWith("Jenkinsfile:1: blueGreenDeploy › router › haproxy: unknown parameter 'sockett'"));
    }

    @Test
    void shouldReportAValueTheStepRejectsWithTheStepsOwnMessage() {
        assertThat(findings(node(String.format(DEPLOY, ROUTER, ", stepWait: 'five minutes'"))))
                .singleElement()
                .asString()
                .isEqualTo("Jenkinsfile:2: blueGreenDeploy: Invalid value for 'stepWait': 'five minutes' (allowed: a"
                        + " duration such as 30s, 5m, 1h30m, 500ms, 2d or ISO-8601 PT5M (units ms, s, m, h, d))");
        assertThat(findings(node("canaryPromote(service: 'shop', environment: 'production', router: " + ROUTER
                        + ", onFailure: 'explode')\n")))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:2: canaryPromote: Invalid value for 'onFailure': 'explode'");
        assertThat(findings(
                        node(String.format(DEPLOY, ROUTER.replace("'shop')", "'shop', zeroWeightState: 'off')"), ""))))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:2: blueGreenDeploy › router › haproxy: Invalid value for 'zeroWeightState'");
    }

    @Test
    void shouldReportAValueOfTheWrongType() {
        assertThat(findings(node(String.format(DEPLOY, ROUTER, ", probeSuccesses: '3'"))))
                .singleElement()
                .asString()
                .isEqualTo("Jenkinsfile:2: blueGreenDeploy › probeSuccesses: expected a whole number, got '3'");
        assertThat(findings(node(String.format(DEPLOY, ROUTER, "").replace("[10, 50, 100]", "'10, 50, 100'"))))
                .singleElement()
                .asString()
                .isEqualTo("Jenkinsfile:2: blueGreenDeploy › trafficSteps: expected a list [...], got '10, 50, 100'");
    }

    @Test
    void shouldReportWhatTheStepRefusesWhenItStarts() {
        assertThat(findings(node(String.format(DEPLOY, ROUTER, "").replace("healthCheck: http(path: '/health'),", ""))))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:2: blueGreenDeploy (when it starts): Invalid value for 'healthCheck'");
        assertThat(findings(node("canaryPromote(service: 'shop', environment: 'production', router: " + ROUTER
                        + ", steps: [10, 50, 100], pauseAt: [25])\n")))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:2: canaryPromote")
                .contains("'pauseAt'");
    }

    @Test
    void shouldReportAValueThatCannotBeKnownBeforeTheBuild() {
        assertThat(findings(node("deploymentReport service: 'shop', environment: 'production',"
                        + " version: readFile('VERSION').trim()\n")))
                .singleElement()
                .asString()
                .isEqualTo("Jenkinsfile:2: deploymentReport › version: cannot be known before the build runs:"
                        + " readFile(VERSION).trim() (give a literal, params.X, env.X or a def variable that holds"
                        + " one, so it can be checked)");
    }

    @Test
    void shouldEvaluateParametersEnvironmentAndVariables() {
        String text = "pipeline {\n"
                + "  agent any\n"
                + "  parameters { string(name: 'TARGET', defaultValue: 'production') }\n"
                + "  environment { SERVICE = 'shop' }\n"
                + "  stages { stage('Report') { steps { script {\n"
                + "    def file = \"reports/${params.VERSION}.md\"\n"
                + "    env.KIND = 'hotfix'\n"
                + "    deploymentReport service: env.SERVICE, environment: params.TARGET, version: params.VERSION,\n"
                + "                     type: env.KIND, markdown: file\n"
                + "  } } } }\n"
                + "}\n";

        CheckedJenkinsfile checked = check(text);

        assertThat(checked.findings()).isEmpty();
        assertThat(checked.calls())
                .singleElement()
                .extracting(StepCall::canonical)
                .isEqualTo("deploymentReport(environment: 'production', markdown: 'reports/1.4.0.md',"
                        + " service: 'shop', type: 'hotfix', version: '1.4.0')");
    }

    @Test
    void shouldReportABlockOnAStepThatTakesNone() {
        assertThat(findings(node("deploymentReport(service: 'shop', environment: 'production') { echo 'x' }\n")))
                .singleElement()
                .asString()
                .isEqualTo("Jenkinsfile:2: deploymentReport: takes no block { ... }");
    }

    @Test
    void shouldReportPositionalArgumentsOfAStep() {
        assertThat(findings(node("deploymentReport 'shop'\n")))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:2: deploymentReport: takes named arguments only");
    }

    @Test
    void shouldReportAJenkinsfileThatIsNotGroovy() {
        assertThat(findings("pipeline {\n  stages {\n"))
                .singleElement()
                .asString()
                .startsWith("Jenkinsfile:0: is not valid Groovy");
    }

    @Test
    void shouldAcceptPipelineKeywordsScriptMethodsAndClosureVariables() {
        String text = "def notify(String what) { echo what }\n"
                + "def smoke = { url -> sh \"./smoke.sh ${url}\" }\n"
                + "node('x') {\n"
                + "  stage('a') { timeout(time: 5, unit: 'MINUTES') { retry(2) { smoke('http://a') } } }\n"
                + "  withCredentials([string(credentialsId: 'c', variable: 'V')]) { notify('done') }\n"
                + "  def text = readFile('x').trim()\n"
                + "  currentBuild.description = text\n"
                + "}\n";

        assertThat(findings(text)).isEmpty();
    }
}
