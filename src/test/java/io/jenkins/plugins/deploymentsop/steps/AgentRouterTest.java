package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.health.ProbePolicy;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routers and probes run on the agent: every operation crosses the channel as a serializable call, commands come
 * back through the launcher, and a lost agent is a clear failure that says what is known of the split.
 */
class AgentRouterTest {
    private static final ColorTargets TARGETS = new ColorTargets(RolloutFixture.BLUE, RolloutFixture.GREEN);

    @TempDir
    Path folder;

    private LocalAgent agent;
    private Path lb;

    @BeforeEach
    void startAgent() throws IOException {
        agent = new LocalAgent(new LocalCommandRunner(folder));
        lb = Files.writeString(folder.resolve("lb"), "blue=100 green=0\n");
    }

    private AgentRouter commandRouter() {
        CommandRouterConfiguration command =
                new CommandRouterConfiguration("echo blue={blueWeight} green={greenWeight} > " + lb, "cat " + lb);
        command.setVerifyInterval("50ms");
        command.setVerifyTimeout("2s");
        return new AgentRouter(agent, command, TARGETS);
    }

    @Test
    void shouldReadAndApplyTheSplitOnTheAgentWithCommandsThroughTheLauncher() throws Exception {
        AgentRouter router = commandRouter();

        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(router.apply(TrafficSplit.of(75, 25))).isEqualTo(TrafficSplit.of(75, 25));
        assertThat(router.verify(TrafficSplit.of(75, 25))).isEqualTo(TrafficSplit.of(75, 25));

        assertThat(Files.readString(lb)).isEqualTo("blue=75 green=25\n");
        assertThat(agent.calls).containsOnly("RouterCall").hasSize(3);
        assertThat(router.describe()).endsWith("(on the build's agent)");
    }

    @Test
    void shouldSayNothingChangedWhenTheAgentIsGoneBeforeARead() {
        AgentRouter router = commandRouter();
        agent.failure = new IOException("Channel is already closed");

        assertThatThrownBy(router::read)
                .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                        .isEqualTo(RouterException.Outcome.NOTHING_CHANGED))
                .hasMessage("Cannot reach the router through the build's agent (Channel is already closed);"
                        + " nothing was changed");
    }

    @Test
    void shouldSayTheSplitIsUnknownWhenTheAgentIsLostDuringAChange() {
        AgentRouter router = commandRouter();
        agent.failure = new IOException("Channel is already closed");

        assertThatThrownBy(() -> router.apply(TrafficSplit.allOn(Color.GREEN)))
                .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                        .isEqualTo(RouterException.Outcome.UNKNOWN))
                .hasMessage("Lost the build's agent while routing blue 0% / green 100% (Channel is already closed);"
                        + " what the router serves is UNKNOWN");
    }

    @Test
    void shouldValidateTheRouterOnTheControllerBeforeAnythingRuns() {
        HaproxyRouterConfiguration haproxy = new HaproxyRouterConfiguration("127.0.0.1:9999", "shop");
        haproxy.setGreenServer("blue");

        assertThatThrownBy(() -> new AgentRouter(agent, haproxy, TARGETS))
                .hasMessageStartingWith("Invalid value for 'greenServer': 'blue'");
        assertThat(agent.calls).isEmpty();
    }

    @Test
    void shouldProbeOnTheAgentAndReportAnUnreachableAgentAsUnhealthy() throws Exception {
        CommandHealthCheck check = new CommandHealthCheck("test \"$DEPLOY_COLOR\" = green");
        AgentHealthGate gate = new AgentHealthGate(
                agent,
                List.of(check),
                new ProbePolicy(
                        1,
                        1,
                        TimeSpan.ofMillis(10),
                        TimeSpan.ofMillis(10),
                        1.0,
                        TimeSpan.ofMillis(10),
                        TimeSpan.ofSeconds(5)),
                TARGETS,
                Map.of());

        HealthReport green = gate.check(Color.GREEN);
        HealthReport blue = gate.check(Color.BLUE);
        agent.failure = new IOException("agent offline");
        HealthReport lost = gate.check(Color.GREEN);

        assertThat(green.healthy()).as(green.summary()).isTrue();
        assertThat(blue.healthy()).isFalse();
        assertThat(agent.calls).startsWith("HealthCheckCall");
        assertThat(lost.healthy()).isFalse();
        assertThat(lost.summary()).contains("cannot reach the build's agent to probe green: agent offline");
    }
}
