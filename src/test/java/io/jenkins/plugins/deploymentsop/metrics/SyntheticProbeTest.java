package io.jenkins.plugins.deploymentsop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyntheticProbeTest {
    private final LocalHttpServer server = new LocalHttpServer();

    SyntheticProbeTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldMeasureErrorRateAndLatencyItself() throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        server.answer(request -> {
            int n = count.incrementAndGet();
            Thread.sleep(20);
            return new LocalHttpServer.Reply(n % 4 == 0 ? 500 : 200, "ok");
        });
        SyntheticProbe probe = new SyntheticProbe(
                server.url() + "/health", ProbePlan.of(40, 4, TimeSpan.ofSeconds(5)), HttpAuth.none());

        ProbeResult result = probe.run();

        assertThat(result.requests()).isEqualTo(40);
        assertThat(result.errors()).isEqualTo(10);
        assertThat(result.errorRate()).isEqualTo(0.25);
        assertThat(result.latencySeconds()).hasSize(40);
        assertThat(result.latencyQuantile(0.5).orElseThrow()).isBetween(0.02, 2.0);
        assertThat(result.firstFailure()).contains("HTTP 500");
        assertThat(result.toString()).startsWith("40 requests, 10 errors (25%), p50 ");
        assertThat(server.requests()).hasSize(40);
    }

    @Test
    void shouldCountTimeoutsAndRefusedConnectionsAsErrors() throws Exception {
        server.answer(request -> {
            Thread.sleep(2000);
            return new LocalHttpServer.Reply(200, "late");
        });
        ProbeResult slow =
                new SyntheticProbe(server.url(), ProbePlan.of(3, 3, TimeSpan.ofMillis(200)), HttpAuth.none()).run();
        assertThat(slow.errorRate()).isEqualTo(1.0);
        assertThat(slow.firstFailure()).contains("no answer within 200ms");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SyntheticProbeSource down = new SyntheticProbeSource(
                "http://127.0.0.1:" + closedPort + "/health",
                ProbePlan.of(5, 2, TimeSpan.ofSeconds(2)),
                HttpAuth.none(),
                ProbeStatistic.LATENCY_P95,
                Clock.systemUTC());
        Measurement latency = down.measure(QueryVariables.NONE);
        assertThat(latency.status()).isEqualTo(MeasurementStatus.NO_DATA);
        assertThat(latency.message())
                .startsWith("no request was answered, so there is no latency: 5 requests, 5 errors");
    }

    @Test
    void shouldReportEachStatisticAsAMeasurement() throws InterruptedException {
        server.answer(200, "ok");
        String url = server.url() + "/{{color}}/health";
        QueryVariables green = QueryVariables.of("shop", "production", "v2", "green");

        Measurement errorRate = new SyntheticProbeSource(
                        url,
                        ProbePlan.of(10, 2, TimeSpan.ofSeconds(5)),
                        HttpAuth.none(),
                        ProbeStatistic.ERROR_RATE,
                        Clock.systemUTC())
                .measure(green);
        Measurement latencies = new SyntheticProbeSource(
                        url,
                        ProbePlan.of(10, 2, TimeSpan.ofSeconds(5)),
                        HttpAuth.none(),
                        ProbeStatistic.LATENCIES,
                        Clock.systemUTC())
                .measure(green);

        assertThat(errorRate.lastValue()).isEqualTo(0.0);
        assertThat(latencies.values()).hasSize(10);
        assertThat(latencies.samples()).allMatch(sample -> sample.value() > 0 && sample.value() < 5);
        assertThat(server.requests()).allMatch(request -> request.path().equals("/green/health"));
    }

    @Test
    void shouldBoundThePlan() {
        assertThatThrownBy(() -> ProbePlan.of(0, 1, TimeSpan.ofSeconds(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'requests': '0' (allowed: a number from 1 to 10000)");
        assertThatThrownBy(() -> ProbePlan.of(10, 11, TimeSpan.ofSeconds(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'concurrency'");
        assertThatThrownBy(() -> ProbePlan.of(10, 2, TimeSpan.ofMinutes(6)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'timeout'");
        assertThatThrownBy(() -> new ProbePlan(10, 2, TimeSpan.ofSeconds(1), 500, 200))
                .isInstanceOf(InvalidInputException.class);
    }
}
