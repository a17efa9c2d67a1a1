package io.jenkins.plugins.deploymentsop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonHttpSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private static final QueryVariables CANARY = QueryVariables.of("shop", "production", "2.4 rc", "green");

    private final LocalHttpServer server = new LocalHttpServer();

    JsonHttpSourceTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonHttpSource source(final String pointer) {
        return JsonHttpSource.create(
                server.url() + "/stats/{{service}}?version={{version}}&key=abc",
                pointer,
                HttpAuth.bearer("token"),
                TimeSpan.ofSeconds(5),
                CLOCK);
    }

    @Test
    void shouldReadTheNumberAtThePointer() throws InterruptedException {
        server.answer(200, "{\"data\":{\"errorRate\":0.004,\"p95\":\"0.25\",\"latencies\":[0.1,0.2,0.3]}}");

        assertThat(source("/data/errorRate").measure(CANARY).lastValue()).isEqualTo(0.004);
        assertThat(source("/data/p95").measure(CANARY).lastValue()).isEqualTo(0.25);
        assertThat(source("/data/latencies").measure(CANARY).values()).containsExactly(0.1, 0.2, 0.3);
        LocalHttpServer.Request request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/stats/shop");
        assertThat(request.query()).isEqualTo("version=2.4%20rc&key=abc");
        assertThat(request.authorization()).isEqualTo("Bearer token");
    }

    @Test
    void shouldTellNoDataFromErrors() throws InterruptedException {
        server.answer(200, "{\"data\":{\"errorRate\":null,\"name\":\"x\",\"empty\":[]}}");

        Measurement nullValue = source("/data/errorRate").measure(CANARY);
        Measurement missing = source("/data/p99").measure(CANARY);
        Measurement text = source("/data/name").measure(CANARY);
        Measurement empty = source("/data/empty").measure(CANARY);

        assertThat(nullValue.status()).isEqualTo(MeasurementStatus.NO_DATA);
        assertThat(nullValue.message())
                .isEqualTo("the answer of " + server.url() + "/stats/shop has null at /data/errorRate");
        assertThat(missing.status()).isEqualTo(MeasurementStatus.ERROR);
        assertThat(missing.message())
                .isEqualTo("the answer of " + server.url() + "/stats/shop has nothing at /data/p99");
        assertThat(text.message()).endsWith("is not a number: \"x\"");
        assertThat(empty.status()).isEqualTo(MeasurementStatus.NO_DATA);
    }

    @Test
    void shouldReportHttpErrorsAndNonJsonWithoutTheQueryString() throws InterruptedException {
        server.answer(503, "maintenance");
        Measurement unavailable = source("/x").measure(CANARY);
        assertThat(unavailable.message()).isEqualTo(server.url() + "/stats/shop answered HTTP 503: maintenance");

        server.answer(200, "<html>");
        Measurement html = source("/x").measure(CANARY);
        assertThat(html.status()).isEqualTo(MeasurementStatus.ERROR);
        assertThat(html.message())
                .isEqualTo(server.url() + "/stats/shop did not answer JSON: <html>")
                .doesNotContain("key=abc");
        assertThat(source("/x").describe()).doesNotContain("key=abc").doesNotContain("token");
    }

    @Test
    void shouldRejectBadPointersAndUrls() {
        assertThatThrownBy(() -> source("data/errorRate"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'pointer'");
        assertThatThrownBy(() -> source("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                        () -> JsonHttpSource.create("ftp://x/y", "/a", HttpAuth.none(), TimeSpan.ofSeconds(1), CLOCK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'url'");
    }
}
