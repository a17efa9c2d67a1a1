package io.jenkins.plugins.deploymentsop.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpProbeTest {
    private HttpServer server;
    private final Map<String, String> seenHeaders = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\",\"db\":{\"ok\":true}}"));
        server.createContext("/down", exchange -> respond(exchange, 503, "{\"status\":\"DOWN\"}"));
        server.createContext("/slow", exchange -> {
            sleep(250);
            respond(exchange, 200, "ok");
        });
        server.createContext("/echo", exchange -> {
            exchange.getRequestHeaders().forEach((name, values) -> seenHeaders.put(name.toLowerCase(), values.get(0)));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            respond(exchange, 401, "denied for " + authorization);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(final String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void shouldPassOnExpectedStatusBodyAndJsonValue() throws InterruptedException {
        ProbeAttempt attempt = new HttpProbe(HttpProbeSettings.builder(url("/health"))
                        .statuses(StatusSet.parse("statuses", "200,204"))
                        .bodyContains("UP")
                        .bodyMatches("\"db\"\\s*:")
                        .jsonEquals("/db/ok", "true")
                        .maxLatency(TimeSpan.ofSeconds(2))
                        .build())
                .attempt();

        assertThat(attempt.success()).as(attempt.detail()).isTrue();
        assertThat(attempt.detail()).startsWith("status 200 in ");
    }

    @Test
    void shouldNameWhatFailed() throws InterruptedException {
        assertThat(probe(HttpProbeSettings.builder(url("/down"))).detail())
                .startsWith("status 503, expected 200-299")
                .contains("DOWN");
        assertThat(probe(HttpProbeSettings.builder(url("/health")).bodyContains("READY"))
                        .detail())
                .startsWith("body does not contain 'READY'");
        assertThat(probe(HttpProbeSettings.builder(url("/health")).bodyMatches("^ok$"))
                        .detail())
                .startsWith("body does not match /^ok$/");
        assertThat(probe(HttpProbeSettings.builder(url("/health")).jsonEquals("/status", "READY"))
                        .detail())
                .isEqualTo("JSON /status is 'UP', expected 'READY'");
        assertThat(probe(HttpProbeSettings.builder(url("/health")).jsonEquals("/version", "2"))
                        .detail())
                .startsWith("no JSON value at /version");
        assertThat(probe(HttpProbeSettings.builder(url("/slow")).maxLatency(TimeSpan.ofMillis(50)))
                        .detail())
                .matches("latency \\d+ ms > maxLatency 50ms");
        assertThat(probe(HttpProbeSettings.builder(url("/slow")).timeout(TimeSpan.ofMillis(50)))
                        .detail())
                .isEqualTo("no answer within 50ms");
    }

    @Test
    void shouldReportARefusedConnection() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        ProbeAttempt attempt = new HttpProbe(HttpProbeSettings.builder("http://127.0.0.1:" + port + "/health")
                        .build())
                .attempt();
        assertThat(attempt.success()).isFalse();
        assertThat(attempt.detail()).isEqualTo("connection refused or unreachable");
    }

    @Test
    void shouldSendHeadersAndCredentialsButNeverReportTheSecret() throws InterruptedException {
        ProbeAttempt basic = probe(HttpProbeSettings.builder(url("/echo"))
                .header("X-Env", "production")
                .credentials(ProbeCredentials.basic("deployer", "s3cret")));

        assertThat(seenHeaders).containsEntry("x-env", "production").containsKey("authorization");
        assertThat(seenHeaders.get("authorization")).startsWith("Basic ");
        assertThat(basic.detail())
                .contains("status 401")
                .contains("****")
                .doesNotContain(seenHeaders.get("authorization").substring(6));

        ProbeAttempt bearer =
                probe(HttpProbeSettings.builder(url("/echo")).credentials(ProbeCredentials.bearer("tok3n")));
        assertThat(seenHeaders.get("authorization")).isEqualTo("Bearer tok3n");
        assertThat(bearer.detail()).doesNotContain("tok3n");
        assertThat(ProbeCredentials.bearer("tok3n").toString()).doesNotContain("tok3n");
        assertThat(ProbeCredentials.basic("deployer", "s3cret").toString())
                .contains("deployer")
                .doesNotContain("s3cret");
    }

    @Test
    void shouldRejectBadSettingsNamingTheParameter() {
        assertThatThrownBy(() -> HttpProbeSettings.builder("ftp://host/health").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'url'");
        assertThatThrownBy(() ->
                        HttpProbeSettings.builder("http://user:pw@host/health").build())
                .hasMessageContaining("(hidden)")
                .hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> HttpProbeSettings.builder(url("/")).bodyMatches("(unclosed"))
                .hasMessageContaining("'bodyMatches'");
        assertThatThrownBy(() -> HttpProbeSettings.builder(url("/")).jsonEquals("status", "UP"))
                .hasMessageContaining("'jsonPointer'");
        assertThatThrownBy(() -> HttpProbeSettings.builder(url("/")).header("Authorization", "x"))
                .hasMessageContaining("use credentials");
        assertThatThrownBy(() -> StatusSet.parse("statuses", "200-1xx")).hasMessageContaining("'statuses'");
        assertThatThrownBy(() -> StatusSet.parse("statuses", "299-200")).hasMessageContaining("low to high");
        assertThat(StatusSet.parse("statuses", "200, 301-302").contains(302)).isTrue();
        assertThat(StatusSet.parse("statuses", "200, 301-302").contains(303)).isFalse();
    }

    private ProbeAttempt probe(final HttpProbeSettings.Builder settings) throws InterruptedException {
        ProbeAttempt attempt = new HttpProbe(settings.build()).attempt();
        assertThat(attempt.success()).as(attempt.detail()).isFalse();
        return attempt;
    }

    private static void respond(final HttpExchange exchange, final int status, final String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        }
    }
}
