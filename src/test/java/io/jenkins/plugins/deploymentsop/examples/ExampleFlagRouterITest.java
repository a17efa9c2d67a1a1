package io.jenkins.plugins.deploymentsop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.CommandRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.canary.CanaryPromoteStep;
import io.jenkins.plugins.deploymentsop.steps.rollback.RollbackIfUnhealthyStep;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flag router of the feature-flag example ({@code examples/deploy/flag-router.sh}) keeps the command router's
 * contract: with the commands the Jenkinsfile gives {@code command(...)}, run from the repository root as on the
 * agent, a canary weight becomes the flag's rollout at a flag service, the read command reports it back as a split,
 * and weight 0 switches the flag off. The flag service is a small fake on loopback. Needs {@code curl} and {@code jq}.
 */
class ExampleFlagRouterITest {
    private static final String TOKEN = "token-of-the-test";
    private static final String FLAG_PATH = "/api/flags/new-checkout";

    private final AtomicReference<String> flag = new AtomicReference<>("{\"enabled\": false, \"rollout\": 0}");
    private HttpServer flags;

    @BeforeEach
    void startFlagService() throws IOException {
        flags = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        flags.createContext(FLAG_PATH, this::serve);
        flags.start();
    }

    @AfterEach
    void stopFlagService() {
        flags.stop(0);
    }

    private void serve(final HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status = 200;
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
        } else if ("PUT".equals(exchange.getRequestMethod())) {
            flag.set(new String(body, StandardCharsets.UTF_8));
        }
        byte[] answer = (status == 200 ? flag.get() : "{\"error\": \"unauthorized\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Test
    void shouldRampTheFlagAndSwitchItOffThroughTheJenkinsfilesCommandRouter() throws Exception {
        TrafficRouter router = router(TOKEN);

        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));

        router.apply(TrafficSplit.of(90, 10));
        assertThat(flagState()).isEqualTo(Map.of("enabled", true, "rollout", 10));
        assertThat(router.read()).isEqualTo(TrafficSplit.of(90, 10));

        router.apply(TrafficSplit.allOn(Color.GREEN));
        assertThat(flagState()).isEqualTo(Map.of("enabled", true, "rollout", 100));

        router.apply(TrafficSplit.allOn(Color.BLUE)); // a rollback: the flag is off
        assertThat(flagState()).isEqualTo(Map.of("enabled", false, "rollout", 0));
    }

    @Test
    void shouldUseTheSameFlagRouterForTheRampAndTheWatch() throws Exception {
        CheckedJenkinsfile checked = checked();

        assertThat(checked.instances(RollbackIfUnhealthyStep.class).get(0).getRouter())
                .usingRecursiveComparison()
                .isEqualTo(checked.instances(CanaryPromoteStep.class).get(0).getRouter());
    }

    @Test
    void shouldFailLoudlyWhenTheFlagServiceRefusesTheToken() throws Exception {
        TrafficRouter router = router("a-wrong-token");

        assertThatThrownBy(router::read).isInstanceOf(RouterException.class).hasMessageContaining("401");
        assertThat(flagState()).isEqualTo(Map.of("enabled", false, "rollout", 0));
    }

    private TrafficRouter router(final String token) throws Exception {
        CommandRouterConfiguration example = (CommandRouterConfiguration)
                checked().instances(CanaryPromoteStep.class).get(0).getRouter();
        LocalCommandRunner agent = new LocalCommandRunner(ExampleJenkinsfilesTest.EXAMPLES);
        // what the Jenkinsfile's environment and withCredentials give the commands
        CommandRunner withCredentials = (command, environment, timeout) -> {
            Map<String, String> all = new HashMap<>(environment);
            all.put("FLAGS_URL", "http://127.0.0.1:" + flags.getAddress().getPort());
            all.put("FLAGS_TOKEN", token);
            return agent.run(command, all, timeout);
        };
        return example.createRouter(new ColorTargets("", ""), withCredentials);
    }

    private static CheckedJenkinsfile checked() throws Exception {
        ExampleJenkinsfilesTest.loadModel();
        CheckedJenkinsfile checked = ExampleJenkinsfilesTest.check(
                ExampleJenkinsfilesTest.EXAMPLES.resolve(Path.of("feature-flag", "Jenkinsfile.declarative")));
        assertThat(checked.findings()).isEmpty();
        return checked;
    }

    private Map<String, Object> flagState() throws IOException {
        JsonNode state = SecureJson.json().readTree(flag.get());
        return Map.of(
                "enabled",
                state.get("enabled").asBoolean(),
                "rollout",
                state.get("rollout").asInt());
    }
}
