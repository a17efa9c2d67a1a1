package io.jenkins.plugins.deploymentsop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against canned answers in the format of the Prometheus HTTP API; the real server is in the ITest. */
class PrometheusClientTest {
    private static final Instant NOW = Instant.parse("2026-02-01T08:00:00.250Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final LocalHttpServer server = new LocalHttpServer();

    PrometheusClientTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    private PrometheusClient client() {
        return PrometheusClient.create(server.url(), HttpAuth.none(), TimeSpan.ofSeconds(5), CLOCK);
    }

    @Test
    void shouldReadAnInstantVectorAndSendTheQueryAsAForm() throws InterruptedException {
        server.answer(
                200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                        + "{\"metric\":{\"version\":\"v2\"},\"value\":[1769932800.25,\"0.0125\"]}]}}");

        Measurement measurement = client().instant("sum(rate(errors[5m]))");

        assertThat(measurement.isOk()).isTrue();
        assertThat(measurement.lastValue()).isEqualTo(0.0125);
        assertThat(measurement.samples().get(0).time()).isEqualTo(NOW);
        LocalHttpServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/query");
        assertThat(URLDecoder.decode(request.body(), StandardCharsets.UTF_8))
                .isEqualTo("query=sum(rate(errors[5m]))&time=1769932800.250&timeout=5000ms");
    }

    @Test
    void shouldReadScalarsAndRanges() throws InterruptedException {
        server.answer(
                200, "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1769932800,\"42\"]}}");
        assertThat(client().instant("scalar(1)").lastValue()).isEqualTo(42.0);

        server.answer(
                200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
                        + "\"values\":[[1769932740,\"0.1\"],[1769932770,\"NaN\"],[1769932800,\"+Inf\"]]}]}}");
        Measurement range = client().range("q", NOW.minusSeconds(60), NOW, TimeSpan.ofSeconds(30));

        assertThat(range.values()).containsExactly(0.1, Double.POSITIVE_INFINITY); // the NaN point carries nothing
        assertThat(server.requests().get(1).path()).isEqualTo("/api/v1/query_range");
        assertThat(URLDecoder.decode(server.requests().get(1).body(), StandardCharsets.UTF_8))
                .contains("start=1769932740.250", "end=1769932800.250", "step=30.0");
    }

    @Test
    void shouldReportAnEmptyResultOrNaNAsNoDataNeverZero() throws InterruptedException {
        server.answer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
        Measurement empty = client().instant("up{job=\"none\"}");
        assertThat(empty.status()).isEqualTo(MeasurementStatus.NO_DATA);
        assertThat(empty.message()).startsWith("the query returned no series").endsWith("query: up{job=\"none\"}");

        server.answer(
                200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                        + "{\"metric\":{},\"value\":[1769932800,\"NaN\"]}]}}");
        Measurement nan = client().instant("a / b");
        assertThat(nan.status()).isEqualTo(MeasurementStatus.NO_DATA);
        assertThat(nan.message()).startsWith("the query returned NaN (typically 0/0");
        assertThatThrownBy(() -> client().instantValue("a / b"))
                .isInstanceOf(MetricUnavailableException.class)
                .hasMessageStartingWith("No data: the query returned NaN");
    }

    @Test
    void shouldAskToAggregateWhenSeveralSeriesCome() throws InterruptedException {
        server.answer(
                200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                        + "{\"metric\":{\"version\":\"v1\"},\"value\":[1,\"1\"]},"
                        + "{\"metric\":{\"version\":\"v2\"},\"value\":[1,\"2\"]}]}}");

        Measurement measurement = client().instant("up");

        assertThat(measurement.status()).isEqualTo(MeasurementStatus.ERROR);
        assertThat(measurement.message())
                .isEqualTo("the query returned 2 series, a judged metric needs exactly one: aggregate it, e.g. "
                        + "sum(...) or max(...); series: {version=\"v1\"}, {version=\"v2\"}; query: up");
    }

    @Test
    void shouldQuotePrometheusErrorsForBadQueries() throws InterruptedException {
        server.answer(
                400,
                "{\"status\":\"error\",\"errorType\":\"bad_data\","
                        + "\"error\":\"1:5: parse error: unexpected end of input\"}");

        Measurement measurement = client().instant("sum(");

        assertThat(measurement.status()).isEqualTo(MeasurementStatus.ERROR);
        assertThat(measurement.message())
                .isEqualTo("Prometheus rejected the query (HTTP 400, bad_data): 1:5: parse error: unexpected end of "
                        + "input; query: sum(");
    }

    @Test
    void shouldReportHttpErrorsWithoutAQueryResult() throws InterruptedException {
        server.answer(502, "<html><body>Bad Gateway</body></html>");

        Measurement measurement = client().instant("up");

        assertThat(measurement.message())
                .isEqualTo(
                        "Prometheus at " + server.url()
                                + "/api/v1/query answered HTTP 502 without a query result: <html><body>Bad Gateway</body></html>");
    }

    @Test
    void shouldReportAnUnreachableServerAndATimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PrometheusClient down =
                PrometheusClient.create("http://127.0.0.1:" + closedPort, HttpAuth.none(), TimeSpan.ofSeconds(2));
        Measurement refused = down.instant("up");
        assertThat(refused.status()).isEqualTo(MeasurementStatus.ERROR);
        assertThat(refused.message()).startsWith("Prometheus: cannot connect to http://127.0.0.1:" + closedPort);

        server.answer(request -> {
            Thread.sleep(3000);
            return new LocalHttpServer.Reply(200, "{}");
        });
        PrometheusClient impatient =
                PrometheusClient.create(server.url(), HttpAuth.none(), TimeSpan.ofMillis(300), CLOCK);
        Measurement slow = impatient.instant("up");
        assertThat(slow.message())
                .isEqualTo("Prometheus: no answer from " + server.url() + "/api/v1/query within 300ms");
    }

    @Test
    void shouldSendCredentialsButNeverShowThem() throws InterruptedException {
        server.answer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"1\"]}}");
        PrometheusClient bearer = PrometheusClient.create(
                server.url() + "/prom/", HttpAuth.bearer("s3cr3t-token"), TimeSpan.ofSeconds(5));
        PrometheusClient basic =
                PrometheusClient.create(server.url(), HttpAuth.basic("jenkins", "pa55word"), TimeSpan.ofSeconds(5));

        bearer.instant("1");
        basic.instant("1");

        assertThat(server.requests().get(0).authorization()).isEqualTo("Bearer s3cr3t-token");
        assertThat(server.requests().get(0).path()).isEqualTo("/prom/api/v1/query");
        assertThat(server.requests().get(1).authorization()).isEqualTo("Basic amVua2luczpwYTU1d29yZA==");
        assertThat(bearer.toString()).doesNotContain("s3cr3t").contains("auth: bearer");
        assertThat(basic.toString()).doesNotContain("pa55word").contains("auth: basic");
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> PrometheusClient.create("prometheus:9090", HttpAuth.none(), TimeSpan.ofSeconds(5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'prometheusUrl'");
        assertThatThrownBy(() -> PrometheusClient.create(
                        "http://admin:secret@prometheus:9090", HttpAuth.none(), TimeSpan.ofSeconds(5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("secret")
                .hasMessageContaining("credentials ID");
        assertThatThrownBy(() -> PrometheusClient.create(server.url(), HttpAuth.none(), TimeSpan.ZERO))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RangeWindow(TimeSpan.ofMinutes(24 * 60), TimeSpan.ofSeconds(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 11000 points");
        assertThat(new RangeWindow(TimeSpan.ofMinutes(5), TimeSpan.ofSeconds(30)).points())
                .isEqualTo(11);
    }

    @Test
    void shouldMeasureTemplatedQueries() throws InterruptedException {
        server.answer(
                200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                        + "{\"metric\":{},\"value\":[1769932800,\"3\"]}]}}");
        PrometheusQuery query = PrometheusQuery.instant(
                client(), QueryTemplate.promql("query", "sum(up{version=\"{{version}}\"})"), CLOCK);

        Measurement measurement = query.measure(QueryVariables.of("shop", "prod", "v2", "green"));
        Measurement missing = query.measure(QueryVariables.NONE);

        assertThat(measurement.lastValue()).isEqualTo(3.0);
        assertThat(URLDecoder.decode(server.requests().get(0).body(), StandardCharsets.UTF_8))
                .startsWith("query=sum(up{version=\"v2\"})");
        assertThat(missing.status()).isEqualTo(MeasurementStatus.ERROR);
        assertThat(missing.message()).contains("'version'");
        assertThat(query.describe()).isEqualTo("Prometheus " + server.url() + ": sum(up{version=\"{{version}}\"})");
    }
}
