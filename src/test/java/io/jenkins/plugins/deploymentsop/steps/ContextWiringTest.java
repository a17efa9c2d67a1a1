package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step's parameters become a router and real probes for each colour, checked before anything runs. */
class ContextWiringTest {
    @TempDir
    Path folder;

    private final List<String> log = new ArrayList<>();

    @Test
    void shouldProbeEachColourAtItsOwnAddress() throws Exception {
        try (ServerSocket green = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                ServerSocket closed = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            int closedPort = closed.getLocalPort();
            closed.close();
            BlueGreenDeployStep step = new BlueGreenDeployStep(
                    "shop",
                    "production",
                    new HaproxyRouterConfiguration("127.0.0.1:9999", "shop"),
                    "http://127.0.0.1:" + closedPort,
                    "http://127.0.0.1:" + green.getLocalPort());
            TcpHealthCheck tcp = new TcpHealthCheck();
            tcp.setTimeout("1s");
            step.setHealthCheck(tcp);
            step.setProbeAttempts(1);

            RolloutWiring wiring = ContextWiring.wire(
                    step,
                    new LocalAgent(new LocalCommandRunner(folder)),
                    Map.of(),
                    DeploymentRecords.NONE,
                    new InMemoryDeploymentLock(Clock.systemUTC()),
                    log::add,
                    Clock.systemUTC());
            HealthReport greenReport = wiring.health().check(Color.GREEN);
            HealthReport blueReport = wiring.health().check(Color.BLUE);

            assertThat(greenReport.healthy()).as(greenReport.summary()).isTrue();
            assertThat(blueReport.healthy()).isFalse();
            assertThat(blueReport.summary()).contains("TCP 127.0.0.1:" + closedPort);
            assertThat(wiring.router().describe()).contains("shop");
        }
    }

    @Test
    void shouldFailBeforeAnythingRunsWhenACredentialsIdIsUnknown() {
        BlueGreenDeployStep step = RolloutFixture.step();
        HttpHealthCheck http = new HttpHealthCheck("/health");
        http.setCredentialsId("nope");
        step.setHealthChecks(List.of(http));

        assertThatThrownBy(() -> ContextWiring.wire(
                        step,
                        new LocalAgent(new LocalCommandRunner(folder)),
                        Map.of(),
                        DeploymentRecords.NONE,
                        new InMemoryDeploymentLock(Clock.systemUTC()),
                        log::add,
                        Clock.systemUTC()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid value for 'credentialsId': 'nope'");
    }
}
