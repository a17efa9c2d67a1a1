package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpCheckTest {
    @TempDir
    private Path workspace;

    private HttpServer server;
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/actuator/health",
                exchange -> answer(
                        exchange,
                        200,
                        "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"}},\"version\":1.40}"));
        server.createContext("/production/health", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/down", exchange -> answer(exchange, 503, "{\"status\":\"DOWN\"}"));
        server.createContext(
                "/flaky",
                exchange -> answer(exchange, flakyCalls.incrementAndGet() < 3 ? 503 : 200, "{\"status\":\"UP\"}"));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "OK");
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/login");
            answer(exchange, 302, "");
        });
        server.createContext("/text", exchange -> answer(exchange, 200, "all good"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void answer(final HttpExchange exchange, final int status, final String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream output = exchange.getResponseBody()) {
            output.write(bytes);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private CheckOutcome evaluate(final String fields) {
        return check(fields).evaluate(context(workspace).sleeper(waits::add).build());
    }

    @Test
    void shouldPassAHealthyEndpointCheckingBodyAndJsonValue() {
        CheckOutcome outcome = evaluate("type: http\nurl: " + base() + "/actuator/health\nbodyContains: '\"UP\"'\n"
                + "jsonPointer: /components/db/status\njsonValue: UP");

        assertThat(outcome.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(outcome.evidence())
                .matches("GET http://127\\.0\\.0\\.1:\\d+/actuator/health → 200 in \\d+ ms; body contains '\"UP\"';"
                        + " /components/db/status = UP");
        assertThat(outcome.details().counts()).containsEntry("status", 200L).containsEntry("attempts", 1L);
        assertThat(evaluate("type: http\nurl: " + base() + "/actuator/health\njsonPointer: /version\njsonValue: 1.4")
                        .status())
                .isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldRetryWithDoublingBackoffAndReportTheLastAnswer() {
        CheckOutcome outcome = evaluate("type: http\nurl: " + base() + "/down\nretries: 2\nbackoff: 1s");

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .isEqualTo("GET " + base() + "/down → status 503 (expected 2xx), body: {\"status\":\"DOWN\"}"
                        + " after 3 attempts");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void shouldPassWhenARetrySucceeds() {
        CheckOutcome outcome = evaluate("type: http\nurl: " + base() + "/flaky\nretries: 3\nbackoff: 500ms");

        assertThat(outcome.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(outcome.evidence()).endsWith("(attempt 3 of 4)");
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void shouldFailSlowAnswersWrongValuesAndUnfollowedRedirects() {
        assertThat(evaluate("type: http\nurl: " + base() + "/slow\nmaxLatency: 100ms\nretries: 0")
                        .evidence())
                .matches("GET .*/slow → took \\d+ ms \\(max 100ms\\) after 1 attempt");
        assertThat(evaluate("type: http\nurl: " + base() + "/down\nexpectedStatus: [200, 503]\njsonPointer: /status\n"
                                + "jsonValue: UP\nretries: 0")
                        .evidence())
                .endsWith("→ /status is \"DOWN\" (expected UP) after 1 attempt");
        assertThat(evaluate("type: http\nurl: " + base() + "/text\njsonPointer: /status\nretries: 0")
                        .evidence())
                .endsWith("→ body is not JSON, so /status cannot be read after 1 attempt");
        assertThat(evaluate("type: http\nurl: " + base() + "/redirect\nretries: 0")
                        .evidence())
                .endsWith("→ status 302 (expected 2xx) after 1 attempt");
        assertThat(evaluate("type: http\nurl: " + base() + "/redirect\nexpectedStatus: 200-399\nretries: 0")
                        .status())
                .isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldReplacePlaceholdersInTheUrl() {
        assertThat(evaluate("type: http\nurl: '" + base() + "/${environment}/health'")
                        .status())
                .isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldFailWhenNothingListens() {
        int port = server.getAddress().getPort();
        server.stop(0);

        CheckOutcome outcome = evaluate("type: http\nurl: http://127.0.0.1:" + port + "/health\nretries: 1");

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .contains("request failed: ConnectException")
                .endsWith("after 2 attempts");
    }

    @Test
    void shouldRejectBadConfigurationWithItsLocation() {
        assertThat(TestItems.problem("type: http\nurl: ftp://files.example.com/x"))
                .startsWith("checklist.yaml line 5, column 10: item 'item': Invalid value for 'url'");
        assertThat(TestItems.problem("type: http\nurl: https://x.example.com\njsonValue: UP"))
                .contains("'jsonValue' needs 'jsonPointer'");
        assertThat(TestItems.problem("type: http\nurl: https://x.example.com\nexpectedStatus: ok"))
                .contains("Invalid value for 'expectedStatus': 'ok'");
        assertThat(TestItems.problem("type: http\nurl: https://x.example.com\nretries: 50"))
                .contains("a whole number from 0 to 10");
    }
}
