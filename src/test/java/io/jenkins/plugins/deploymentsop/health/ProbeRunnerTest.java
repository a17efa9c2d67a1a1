package io.jenkins.plugins.deploymentsop.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeRunnerTest {
    private static final ProbePolicy POLICY = new ProbePolicy(
            2, 10, TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(1), 2.0, TimeSpan.ofSeconds(5), TimeSpan.ofMinutes(1));

    @TempDir
    Path dir;

    /** A clock that only moves when the runner "sleeps". */
    static final class FakeTime extends Clock implements Sleeper {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public void sleep(final Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final java.time.ZoneId zone) {
            return this;
        }
    }

    /** A probe that answers from a script: {@code true} passes, {@code false} fails. */
    static HealthProbe scripted(final Boolean... outcomes) {
        Deque<Boolean> script = new ArrayDeque<>(List.of(outcomes));
        return new HealthProbe() {
            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public ProbeAttempt attempt() {
                boolean pass = script.isEmpty() ? false : script.poll();
                return pass
                        ? ProbeAttempt.passed(Duration.ofMillis(3), "ok")
                        : ProbeAttempt.failed(Duration.ofMillis(3), "status 503");
            }
        };
    }

    @Test
    void shouldRetryWithBackoffUntilEnoughConsecutivePasses() throws InterruptedException {
        FakeTime time = new FakeTime();
        ProbeResult result = new ProbeRunner(time, time).run(scripted(false, false, true, false, true, true), POLICY);

        assertThat(result.healthy()).isTrue();
        assertThat(result.attempts()).isEqualTo(6);
        assertThat(result.consecutiveSuccesses()).isEqualTo(2);
        assertThat(result.lastFailure()).contains("status 503");
        assertThat(time.sleeps)
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1));
        assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(6));
        assertThat(result.reason()).startsWith("healthy: 2 consecutive passes in 6 attempts");
    }

    @Test
    void shouldGiveUpAtTheTimeoutWithTheLastFailure() throws InterruptedException {
        FakeTime time = new FakeTime();
        ProbePolicy policy = new ProbePolicy(
                1,
                100,
                TimeSpan.ofSeconds(1),
                TimeSpan.ofSeconds(1),
                2.0,
                TimeSpan.ofSeconds(4),
                TimeSpan.ofSeconds(10));
        ProbeResult result = new ProbeRunner(time, time).run(scripted(), policy);

        assertThat(result.healthy()).isFalse();
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.reason())
                .isEqualTo("unhealthy: gave up after 4 attempts: timeout 10s reached with 0 of 1 consecutive passes;"
                        + " last failure: status 503");
    }

    @Test
    void shouldGiveUpAfterMaxAttempts() throws InterruptedException {
        FakeTime time = new FakeTime();
        ProbeResult result = new ProbeRunner(time, time)
                .run(
                        scripted(true, false, true),
                        new ProbePolicy(
                                2,
                                3,
                                TimeSpan.ofSeconds(1),
                                TimeSpan.ofSeconds(1),
                                1.0,
                                TimeSpan.ofSeconds(1),
                                TimeSpan.ofMinutes(1)));

        assertThat(result.healthy()).isFalse();
        assertThat(result.reason()).contains("gave up after 3 attempts (maxAttempts 3) with 1 of 2 consecutive passes");
    }

    @Test
    void shouldRejectAnInconsistentPolicy() {
        assertThatThrownBy(() -> new ProbePolicy(
                        3,
                        2,
                        TimeSpan.ofSeconds(1),
                        TimeSpan.ofSeconds(1),
                        2,
                        TimeSpan.ofSeconds(1),
                        TimeSpan.ofSeconds(1)))
                .hasMessageContaining("'maxAttempts'");
        assertThatThrownBy(() -> new ProbePolicy(
                        1,
                        2,
                        TimeSpan.ofSeconds(1),
                        TimeSpan.ofSeconds(5),
                        2,
                        TimeSpan.ofSeconds(1),
                        TimeSpan.ofSeconds(1)))
                .hasMessageContaining("'maxBackoff'");
    }

    @Test
    void shouldRunProbesConcurrently() throws InterruptedException {
        HealthProbe slow = new HealthProbe() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public ProbeAttempt attempt() throws InterruptedException {
                Thread.sleep(300);
                return ProbeAttempt.passed(Duration.ofMillis(300), "ok");
            }
        };
        HealthChecker checker = new HealthChecker(new ProbeRunner(Clock.systemUTC(), Sleeper.REAL));
        long start = System.nanoTime();
        HealthReport report = checker.check(
                List.of(slow, slow, slow, scripted(false)),
                new ProbePolicy(
                        1,
                        1,
                        TimeSpan.ofSeconds(1),
                        TimeSpan.ofSeconds(1),
                        1,
                        TimeSpan.ofSeconds(1),
                        TimeSpan.ofSeconds(5)));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(millis)
                .as("three 300 ms probes one after another take at least 900 ms")
                .isLessThan(900);
        assertThat(report.healthy()).isFalse();
        assertThat(report.results()).hasSize(4);
        assertThat(report.summary()).startsWith("1 of 4 probes unhealthy: scripted: unhealthy");
    }

    @Test
    void shouldProbeTcpPortsAndCommands() throws IOException, InterruptedException {
        try (ServerSocket open = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(new TcpProbe("127.0.0.1", open.getLocalPort(), TimeSpan.ofSeconds(1))
                            .attempt()
                            .success())
                    .isTrue();
        }
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ProbeAttempt refused = new TcpProbe("127.0.0.1", closed, TimeSpan.ofSeconds(1)).attempt();
        assertThat(refused.success()).isFalse();
        assertThat(refused.detail()).startsWith("cannot connect");

        LocalCommandRunner runner = new LocalCommandRunner(dir);
        assertThat(new CommandProbe(
                                runner, "test \"$TARGET\" = green", Map.of("TARGET", "green"), TimeSpan.ofSeconds(5))
                        .attempt()
                        .success())
                .isTrue();
        ProbeAttempt failed =
                new CommandProbe(runner, "echo db unreachable; exit 2", Map.of(), TimeSpan.ofSeconds(5)).attempt();
        assertThat(failed.detail()).isEqualTo("exit 2: db unreachable");
    }
}
