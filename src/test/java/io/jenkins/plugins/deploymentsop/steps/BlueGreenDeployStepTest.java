package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.health.ProbePolicy;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenPlan;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

/** How the parameters of blueGreenDeploy bind, what they default to, and how bad values are reported. */
class BlueGreenDeployStepTest {
    private static BlueGreenDeployStep step() {
        return new BlueGreenDeployStep(
                "shop",
                "production",
                new HaproxyRouterConfiguration("/run/haproxy/admin.sock", "shop"),
                RolloutFixture.BLUE,
                RolloutFixture.GREEN);
    }

    @Test
    void shouldBindTheExampleOfTheIssueWithTheDefaultsOfTheEngine() {
        BlueGreenDeployStep step = new BlueGreenDeployStep(
                "shop",
                "production",
                new NginxRouterConfiguration(
                        "/etc/nginx/deploymentsop/shop.conf", "shop", "http://127.0.0.1/__deploymentsop/split"),
                "http://10.0.0.1:8080/",
                "http://10.0.0.2:8080");
        step.setHealthCheck(new HttpHealthCheck("/health"));

        BlueGreenPlan plan = step.plan();
        assertThat(step.getBlue()).as("trailing slash removed").isEqualTo("http://10.0.0.1:8080");
        assertThat(plan.trafficSteps()).as("all at once").containsExactly(Percentage.HUNDRED);
        assertThat(plan.validateFor()).isEqualTo(TimeSpan.ofMinutes(5));
        assertThat(plan.stepWait()).isEqualTo(TimeSpan.ofMinutes(5));
        assertThat(plan.validationInterval()).isEqualTo(TimeSpan.ofSeconds(30));
        assertThat(plan.dryRun()).isFalse();
        assertThat(step.probePolicy()).isEqualTo(ProbePolicy.DEFAULT);
        assertThat(step.isFailFast()).isFalse();
        assertThat(step.allHealthChecks()).hasSize(1);
        assertThat(step.key().id()).isEqualTo("shop@production");
    }

    @Test
    void shouldMapStepsWaitsAndProbePolicyOntoTheEngine() {
        BlueGreenDeployStep step = step();
        step.setTrafficSteps(List.of(10.0, 25.0, 50.0, 100.0));
        step.setStepWait("2m");
        step.setValidateFor("10m");
        step.setValidationInterval("15s");
        step.setDryRun(true);
        step.setProbeSuccesses(3);
        step.setProbeAttempts(20);
        step.setProbeInterval("500ms");
        step.setProbeTimeout("1m");

        BlueGreenPlan plan = step.plan();
        ProbePolicy policy = step.probePolicy();

        assertThat(plan.trafficSteps())
                .containsExactly(Percentage.of(10), Percentage.of(25), Percentage.of(50), Percentage.HUNDRED);
        assertThat(plan.stepWait()).isEqualTo(TimeSpan.ofMinutes(2));
        assertThat(plan.validateFor()).isEqualTo(TimeSpan.ofMinutes(10));
        assertThat(plan.validationInterval()).isEqualTo(TimeSpan.ofSeconds(15));
        assertThat(plan.dryRun()).isTrue();
        assertThat(policy.successes()).isEqualTo(3);
        assertThat(policy.maxAttempts()).isEqualTo(20);
        assertThat(policy.interval()).isEqualTo(TimeSpan.ofMillis(500));
        assertThat(policy.backoff()).isEqualTo(TimeSpan.ofMillis(500));
        assertThat(policy.maxBackoff()).isEqualTo(TimeSpan.ofSeconds(10));
        assertThat(policy.timeout()).isEqualTo(TimeSpan.ofMinutes(1));
        assertThat(step.getTrafficSteps()).containsExactly(10.0, 25.0, 50.0, 100.0);
    }

    @Test
    void shouldAcceptWholeNumbersAsPipelineHandsThemIn() {
        BlueGreenDeployStep step = step();
        List<Object> groovyList = new ArrayList<>(List.of(10, 12.5, 100L));

        step.setTrafficSteps(uncheckedDoubles(groovyList));

        assertThat(step.getTrafficSteps()).containsExactly(10.0, 12.5, 100.0);
        assertThat(step.plan().trafficSteps().get(1)).isEqualTo(Percentage.of(12.5));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Double> uncheckedDoubles(final List<Object> values) {
        return (List) values;
    }

    @Test
    void shouldCombineHealthCheckAndHealthChecksAndRequireOne() {
        BlueGreenDeployStep step = step();
        assertThatThrownBy(step::allHealthChecks)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid value for 'healthCheck': ''")
                .hasMessageContaining("http(path: '/health')");

        step.setHealthCheck(new HttpHealthCheck("/health"));
        step.setHealthChecks(List.of(new TcpHealthCheck(), new CommandHealthCheck("./smoke.sh")));

        assertThat(step.allHealthChecks())
                .extracting(check -> check.getClass().getSimpleName())
                .containsExactly("HttpHealthCheck", "TcpHealthCheck", "CommandHealthCheck");
    }

    @Test
    void shouldNameParameterValueAndWhatIsAllowedForEveryBadValue() {
        HaproxyRouterConfiguration router = new HaproxyRouterConfiguration("127.0.0.1:9999", "shop");
        assertThat(messageOf(() -> new BlueGreenDeployStep("shop", "prod/eu", router, "http://a", "http://b")))
                .startsWith("Invalid value for 'environment': 'prod/eu' (allowed: 1 to 100 letters");
        assertThat(messageOf(() -> new BlueGreenDeployStep("", "production", router, "http://a", "http://b")))
                .startsWith("Invalid value for 'service': ''");
        assertThat(messageOf(() -> new BlueGreenDeployStep("shop", "production", null, "http://a", "http://b")))
                .isEqualTo("Invalid value for 'router': '' (allowed: a router: nginx(...), haproxy(...) or"
                        + " command(...), see docs/routers.md)");
        assertThat(messageOf(() -> new BlueGreenDeployStep("shop", "production", router, "10.0.0.1:8080", "http://b")))
                .isEqualTo("Invalid value for 'blue': '10.0.0.1:8080' (allowed: the http:// or https:// base URL of"
                        + " the blue environment without user name or password, e.g. http://10.0.0.1:8080)");
        assertThat(messageOf(() -> new BlueGreenDeployStep(
                        "shop", "production", router, "http://a", "https://admin:s3cret@10.0.0.2")))
                .as("a password in the URL is not echoed")
                .startsWith("Invalid value for 'green': '(hidden)'")
                .doesNotContain("s3cret");
        assertThat(messageOf(() -> new BlueGreenDeployStep("shop", "production", router, "http://a/", "http://a")))
                .startsWith("Invalid value for 'green': 'http://a' (allowed: a URL other than blue's");

        BlueGreenDeployStep step = step();
        assertThat(messageOf(() -> step.setTrafficSteps(List.of(10.0, 5.0, 100.0))))
                .isEqualTo("Invalid value for 'trafficSteps': '10%, 5%, 100%' (allowed: strictly increasing"
                        + " percentages above 0 that end with 100, e.g. [10, 25, 50, 100])");
        assertThat(messageOf(() -> step.setTrafficSteps(List.of(10.0, 50.0))))
                .startsWith("Invalid value for 'trafficSteps': '10%, 50%'");
        assertThat(messageOf(() -> step.setTrafficSteps(List.of(10.0, 150.0))))
                .isEqualTo("Invalid value for 'trafficSteps': '150' (allowed: a number from 0 to 100)");
        assertThat(messageOf(() -> step.setTrafficSteps(Arrays.asList(10.0, null, 100.0))))
                .startsWith("Invalid value for 'trafficSteps': '[10.0, null, 100.0]'");
        assertThat(messageOf(() -> step.setStepWait("5 minutes")))
                .startsWith("Invalid value for 'stepWait': '5 minutes' (allowed: a duration such as 30s");
        assertThat(messageOf(() -> step.setValidateFor("-5m"))).startsWith("Invalid value for 'validateFor': '-5m'");
        assertThat(messageOf(() -> step.setValidationInterval("0s")))
                .isEqualTo("Invalid value for 'validationInterval': '0s' (allowed: a positive duration such as 500ms,"
                        + " 30s or 5m)");
        assertThat(messageOf(() -> step.setProbeSuccesses(0)))
                .isEqualTo("Invalid value for 'probeSuccesses': '0' (allowed: a number from 1 to 1000)");
        assertThat(messageOf(() -> step.setProbeAttempts(0))).startsWith("Invalid value for 'probeAttempts': '0'");
        assertThat(messageOf(() -> step.setProbeTimeout("0s"))).startsWith("Invalid value for 'probeTimeout': '0s'");
        assertThat(messageOf(() -> step.setProbeInterval("soon"))).startsWith("Invalid value for 'probeInterval'");

        step.setProbeSuccesses(5);
        step.setProbeAttempts(3);
        assertThat(messageOf(step::probePolicy))
                .isEqualTo("Invalid value for 'probeAttempts': '3' (allowed: a number of at least probeSuccesses (5))");
    }

    @Test
    void shouldValidateTheNestedRoutersAndHealthChecksWhenTheyAreBound() {
        assertThat(messageOf(() -> new NginxRouterConfiguration("relative.conf", "shop", "http://127.0.0.1/s")))
                .startsWith("Invalid value for 'file': 'relative.conf' (allowed: an absolute file path");
        NginxRouterConfiguration nginx =
                new NginxRouterConfiguration("/etc/nginx/shop.conf", "shop", "http://127.0.0.1/s");
        assertThat(messageOf(() -> nginx.setMode("hot")))
                .isEqualTo("Invalid value for 'mode': 'hot' (allowed: reload" + " or dynamic)");
        assertThat(messageOf(() -> nginx.setKeepalive(-1))).startsWith("Invalid value for 'keepalive': '-1'");
        assertThat(messageOf(() -> nginx.setReloadCommand(" "))).startsWith("Invalid value for 'reloadCommand'");
        assertThat(messageOf(() -> nginx.setVerifyTimeout("0s"))).startsWith("Invalid value for 'verifyTimeout'");

        assertThat(messageOf(() -> new HaproxyRouterConfiguration("admin.sock", "shop")))
                .startsWith("Invalid value for 'socket': 'admin.sock'");
        assertThat(messageOf(() -> new HaproxyRouterConfiguration("127.0.0.1:9999", "shop backend")))
                .startsWith("Invalid value for 'backend': 'shop backend' (allowed: an HAProxy name");
        HaproxyRouterConfiguration haproxy = new HaproxyRouterConfiguration("127.0.0.1:9999", "shop");
        assertThat(messageOf(() -> haproxy.setBlueServer("blue server")))
                .startsWith("Invalid value for 'blueServer': 'blue server'");
        assertThat(messageOf(() -> haproxy.setGreenServer(""))).startsWith("Invalid value for 'greenServer': ''");
        assertThat(messageOf(() -> haproxy.setZeroWeightState("off")))
                .isEqualTo("Invalid value for 'zeroWeightState': 'off' (allowed: drain or maint)");

        assertThat(messageOf(() -> new CommandRouterConfiguration("lb set {blueWeight}", "lb get {greenWeight}")))
                .startsWith("Invalid value for 'readCommand': 'lb get {greenWeight}'")
                .contains("'{greenWeight}' is not one of them");
        assertThat(messageOf(() -> new CommandRouterConfiguration("lb set {weight}", "lb get")))
                .startsWith("Invalid value for 'applyCommand': 'lb set {weight}'");

        assertThat(messageOf(() -> new HttpHealthCheck("health")))
                .isEqualTo("Invalid value for 'path': 'health' (allowed: a path starting with /, e.g. /health or"
                        + " /ready?full=1)");
        HttpHealthCheck http = new HttpHealthCheck("/health");
        assertThat(messageOf(() -> http.setExpectedStatus("2xx"))).startsWith("Invalid value for 'expectedStatus'");
        assertThat(messageOf(() -> http.setBodyRegex("(")))
                .startsWith("Invalid value for 'bodyRegex': '(' (allowed: a Java regular expression");
        assertThat(messageOf(() -> http.setJsonPointer("status"))).startsWith("Invalid value for 'jsonPointer'");
        assertThat(messageOf(() -> http.setMaxLatency("fast"))).startsWith("Invalid value for 'maxLatency'");
        assertThat(messageOf(() -> new HttpHeader("Authorization", "Bearer x")))
                .startsWith("Invalid value for 'headers': 'Authorization'")
                .contains("use credentials for Authorization");
        assertThat(messageOf(() -> new HttpHeader("X-Env", "a\nb"))).contains("a header value on one line");
        assertThat(messageOf(() -> new TcpHealthCheck().setPort(70_000)))
                .isEqualTo("Invalid value for 'port': '70000' (allowed: a number from 0 to 65535)");
        assertThat(messageOf(() -> new CommandHealthCheck(""))).startsWith("Invalid value for 'command': ''");
    }

    @Test
    void shouldCheckFormValuesWithTheSameWords() {
        assertThat(messageOf(() -> ParameterValues.range("probeAttempts", "ten", 1, 100_000)))
                .isEqualTo("Invalid value for 'probeAttempts': 'ten' (allowed: a number from 1 to 100000)");
        assertThat(ParameterValues.range("port", " 8080 ", 0, 65_535)).isEqualTo(8080);
        assertThat(messageOf(() -> ParameterValues.baseUrl("blue", "ftp://10.0.0.1")))
                .startsWith("Invalid value for 'blue': 'ftp://10.0.0.1'");
    }

    private static String messageOf(final Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException exception) {
            return exception.getMessage();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    @SuppressWarnings("deprecation") // the text setter is the form's
    void shouldTakeTheTrafficStepsAsTextInTheFormAndCheckThemThere() {
        BlueGreenDeployStep form = step();
        form.setTrafficStepsText("10, 50, 100");
        BlueGreenDeployStep pipeline = step();
        pipeline.setTrafficSteps(List.of(10.0, 50.0, 100.0));

        assertThat(form.getTrafficSteps()).isEqualTo(pipeline.getTrafficSteps());
        assertThat(pipeline.getTrafficStepsText()).isEqualTo("10, 50, 100");
        form.setTrafficStepsText(" ");
        assertThat(form.getTrafficSteps()).as("all at once").isEmpty();

        Item job = mock(Item.class);
        BlueGreenDeployStep.DescriptorImpl descriptor =
                mock(BlueGreenDeployStep.DescriptorImpl.class, Mockito.CALLS_REAL_METHODS);
        FormValidation ok = mock(FormValidation.class);
        try (MockedStatic<FormValidation> forms = mockStatic(FormValidation.class)) {
            forms.when(FormValidation::ok).thenReturn(ok);

            assertThat(descriptor.doCheckTrafficStepsText("25, 100", job)).isSameAs(ok);
            descriptor.doCheckTrafficStepsText("50, 25", job);
            forms.verify(() -> FormValidation.error(Mockito.contains("'trafficSteps'")));
            verify(job, times(2)).checkPermission(Item.CONFIGURE);
        }
    }
}
