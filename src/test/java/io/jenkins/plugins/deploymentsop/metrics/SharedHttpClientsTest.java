package io.jenkins.plugins.deploymentsop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Metric sources share their HTTP clients: one per connect timeout in the JVM, built when the first request goes out,
 * so validating a source builds none and a hundred watched deployments keep one client's threads, not a hundred.
 */
class SharedHttpClientsTest {
    private final LocalHttpServer server = new LocalHttpServer();

    SharedHttpClientsTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("HttpClient-")
                        && thread.getName().endsWith("-SelectorManager"))
                .count();
    }

    @Test
    void shouldShareOneClientPerConnectTimeoutAndStayBounded() {
        SharedHttpClients clients = new SharedHttpClients(2);

        HttpClient oneSecond = clients.client(Duration.ofSeconds(1));

        assertThat(clients.client(Duration.ofSeconds(1))).isSameAs(oneSecond);
        assertThat(oneSecond.connectTimeout()).contains(Duration.ofSeconds(1));
        assertThat(oneSecond.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        assertThat(clients.client(Duration.ofSeconds(2))).isNotSameAs(oneSecond);
        HttpClient beyond = clients.client(Duration.ofSeconds(3));
        assertThat(clients.client(Duration.ofSeconds(3)))
                .as("a third timeout is not kept")
                .isNotSameAs(beyond);
        assertThat(clients.size()).isEqualTo(2);
    }

    @Test
    void shouldBuildNoClientToValidateAndOneForAHundredSourcesThatQuery() throws InterruptedException {
        server.answer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
        TimeSpan unusual = TimeSpan.valueOf("timeout", "7777ms"); // no other test uses it: its client is new here
        long before = selectorThreads();

        List<PrometheusClient> sources = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sources.add(PrometheusClient.create(server.url(), HttpAuth.none(), unusual));
            JsonHttpSource.create(server.url() + "/stats", "/value", HttpAuth.none(), unusual, Clock.systemUTC());
            HttpEndpoints.parse("url", server.url());
        }

        assertThat(selectorThreads())
                .as("validating and creating sources starts no client")
                .isLessThanOrEqualTo(before);
        for (PrometheusClient source : sources) {
            assertThat(source.instant("up").status()).isEqualTo(MeasurementStatus.NO_DATA);
        }
        assertThat(selectorThreads())
                .as("a hundred sources that queried share one client")
                .isLessThanOrEqualTo(before + 1);
        assertThat(server.requests()).hasSize(100);
    }
}
