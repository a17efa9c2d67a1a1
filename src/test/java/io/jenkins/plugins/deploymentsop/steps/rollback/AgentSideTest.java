package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import hudson.AbortException;
import hudson.Launcher;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.ProbeAttempt;
import io.jenkins.plugins.deploymentsop.health.ProbeCredentials;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.steps.AgentLink;
import io.jenkins.plugins.deploymentsop.steps.AgentRouter;
import io.jenkins.plugins.deploymentsop.steps.AgentRouters;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.CommandHealthCheck;
import io.jenkins.plugins.deploymentsop.steps.HaproxyRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.steps.HttpHealthCheck;
import io.jenkins.plugins.deploymentsop.steps.ProbeTarget;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

/**
 * Router operations and probe attempts cross to the build's agent as serializable calls, commands come back through
 * the launcher, credentials travel resolved, and a lost agent is a router failure or a failed attempt with its reason.
 * The wiring builds all of it from the step and its context.
 */
class AgentSideTest {
    /** What "the agent's machine" serves, shared by the copies that cross the channel. */
    private static final Map<String, TrafficSplit> SERVED = new ConcurrentHashMap<>();

    private final LocalChannel agentChannel = new LocalChannel();
    private final List<List<String>> launched = new ArrayList<>();

    private final AgentLink agent = new AgentLink() {
        @Override
        public hudson.remoting.VirtualChannel channel() {
            return agentChannel.channel;
        }

        @Override
        public CommandRunner launcherCommands() {
            return (command, environment, timeout) -> {
                launched.add(command);
                return new CommandResult(0, "", false);
            };
        }
    };

    /** A router configuration whose engine router runs a command and keeps the split on "the agent". */
    private static final class AgentRouterConfiguration extends RouterConfiguration {
        private static final long serialVersionUID = 1L;

        private final String name;

        AgentRouterConfiguration(final String name) {
            this.name = name;
        }

        @Override
        public TrafficRouter createRouter(final ColorTargets targets, final CommandRunner commands) {
            return new TrafficRouter() {
                @Override
                public TrafficSplit read() {
                    return SERVED.getOrDefault(name, TrafficSplit.allOn(Color.GREEN));
                }

                @Override
                public TrafficSplit apply(final TrafficSplit target) throws RouterException {
                    try {
                        commands.run(List.of("reload " + name), Map.of(), Duration.ofSeconds(1));
                    } catch (IOException | InterruptedException exception) {
                        throw RouterException.nothingChanged(exception.getMessage());
                    }
                    SERVED.put(name, target);
                    return target;
                }

                @Override
                public TrafficSplit verify(final TrafficSplit expected) {
                    return read();
                }

                @Override
                public String describe() {
                    return "router " + name;
                }
            };
        }
    }

    /** A health check that needs a credential and answers with the colour and the authorization it would send. */
    private static final class SecretCheck extends HealthCheckConfiguration {
        private static final long serialVersionUID = 1L;

        @Override
        public HealthProbe createProbe(final ProbeTarget target) {
            ProbeCredentials credentials = target.credentials().find("health-token");
            String header = credentials.toString();
            return new HealthProbe() {
                @Override
                public String name() {
                    return "GET " + target.url() + "/health";
                }

                @Override
                public ProbeAttempt attempt() {
                    return ProbeAttempt.passed(Duration.ZERO, target.color() + " with " + header);
                }
            };
        }

        @Override
        public Optional<String> credentialsId() {
            return Optional.of("health-token");
        }
    }

    @Test
    void shouldRunRouterOperationsOnTheAgentWithCommandsThroughTheLauncher() throws Exception {
        TrafficRouter router =
                AgentRouters.onAgent(agent, new AgentRouterConfiguration("shop"), new ColorTargets("", ""));

        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(router.apply(TrafficSplit.allOn(Color.BLUE))).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(router.verify(TrafficSplit.allOn(Color.BLUE))).isEqualTo(TrafficSplit.allOn(Color.BLUE));

        assertThat(agentChannel.calls).containsExactly("RouterCall", "RouterCall", "RouterCall");
        assertThat(launched).containsExactly(List.of("reload shop"));
        assertThat(router.describe()).isEqualTo("router shop (on the build's agent)");

        agentChannel.broken = new IOException("channel closed");
        assertThatThrownBy(() -> router.apply(TrafficSplit.allOn(Color.GREEN)))
                .isInstanceOf(RouterException.class)
                .hasMessage("Lost the build's agent while routing blue 0% / green 100% (channel closed); what the"
                        + " router serves is UNKNOWN")
                .extracting(failure -> ((RouterException) failure).getOutcome())
                .isEqualTo(RouterException.Outcome.UNKNOWN);
        assertThatThrownBy(router::read)
                .hasMessage("Cannot reach the router through the build's agent (channel closed); nothing was changed");
    }

    @Test
    void shouldAttemptProbesOnTheAgentWithCredentialsResolvedOnTheController() throws Exception {
        ProbeFactory factory = RemoteProbe.factory(agent, Map.of("health-token", ResolvedSecret.token("t0k3n")));

        HealthProbe probe =
                factory.create(new SecretCheck(), Color.BLUE, new ColorTargets("http://10.0.0.1", "http://10.0.0.2"));

        assertThat(probe.name()).isEqualTo("GET http://10.0.0.1/health (from the build's agent)");
        ProbeAttempt attempt = probe.attempt();
        assertThat(attempt.success()).isTrue();
        assertThat(attempt.detail()).isEqualTo("blue with bearer token (hidden)");
        assertThat(agentChannel.calls).containsExactly("Attempt");

        agentChannel.broken = new IOException("agent went offline");
        ProbeAttempt lost = probe.attempt();
        assertThat(lost.success()).isFalse();
        assertThat(lost.detail()).isEqualTo("cannot reach the build's agent to probe blue: agent went offline");
        assertThat(ResolvedSecret.token("t0k3n").toString()).doesNotContain("t0k3n");

        assertThatThrownBy(() -> RemoteProbe.factory(agent, Map.of())
                        .create(new SecretCheck(), Color.BLUE, new ColorTargets("http://10.0.0.1", "http://10.0.0.2")))
                .hasMessageStartingWith("Invalid value for 'credentialsId': 'health-token'");
    }

    @Test
    void shouldWireTheStepFromItsContext() throws Exception {
        StepContext context = mock(StepContext.class);
        Run<?, ?> run = mock(Run.class);
        Job<?, ?> job = mock(Job.class);
        TaskListener listener = mock(TaskListener.class);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
        when(context.get(Run.class)).thenReturn((Run) run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(context.get(Launcher.class)).thenReturn(mock(Launcher.class)); // an agent that went away: no channel
        when(run.getParent()).thenReturn((Job) job);
        RollbackIfUnhealthyStep step = new RollbackIfUnhealthyStep("shop", "production");
        step.setRouter(new AgentRouterConfiguration("wired"));
        step.setNoDataHealth("ignore");

        DeploymentSopConfiguration configuration = mock(DeploymentSopConfiguration.class);
        when(configuration.rollbackRuleSource())
                .thenReturn(Optional.of(RuleSource.builder(RuleLayer.GLOBAL, "global rollback rules")
                        .build()));
        try (MockedStatic<DeploymentSopConfiguration> global = mockStatic(DeploymentSopConfiguration.class)) {
            global.when(DeploymentSopConfiguration::get).thenReturn(configuration);

            WatchServices services = StepWiring.create(step, context);

            assertThat(services.router()).isInstanceOf(AgentRouter.class);
            assertThat(services.rules().load())
                    .extracting(RuleSource::layer)
                    .containsExactly(RuleLayer.GLOBAL, RuleLayer.PIPELINE);
            assertThatThrownBy(() -> services.router().read())
                    .hasMessageContaining("The build's agent is not connected");
            services.log().accept("a line");
            assertThat(log.toString(StandardCharsets.UTF_8)).isEqualTo("a line\n");
        }

        RollbackIfUnhealthyStep withFile = new RollbackIfUnhealthyStep("shop", "production");
        withFile.setRouter(new AgentRouterConfiguration("wired"));
        withFile.setRulesFile("deploy/rollback-rules.yaml");
        when(configuration.rollbackRuleSource()).thenReturn(Optional.empty());
        try (MockedStatic<DeploymentSopConfiguration> global = mockStatic(DeploymentSopConfiguration.class)) {
            global.when(DeploymentSopConfiguration::get).thenReturn(configuration);
            WatchServices services = StepWiring.create(withFile, context);
            assertThatThrownBy(() -> services.rules().load())
                    .hasMessage("Invalid value for 'rulesFile': 'deploy/rollback-rules.yaml' (allowed: a file in the"
                            + " workspace: call rollbackIfUnhealthy inside a node block to read it)");
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldWatchFromTheControllerOutsideNodeOnlyWhenAllowedAndEverythingIsANetworkCall() throws Exception {
        StepContext context = mock(StepContext.class);
        Run<?, ?> run = mock(Run.class);
        TaskListener listener = mock(TaskListener.class);
        when(listener.getLogger())
                .thenReturn(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        when(context.get(Run.class)).thenReturn((Run) run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(context.get(Launcher.class)).thenReturn(null); // outside node
        RollbackIfUnhealthyStep fit = new RollbackIfUnhealthyStep("shop", "production");
        fit.setRouter(new HaproxyRouterConfiguration("tcp:lb.example.com:9999", "shop"));
        fit.setBlue("http://blue.shop.example.com:8080");
        fit.setGreen("http://green.shop.example.com:8080");
        fit.setHealthChecks(List.of(new HttpHealthCheck("/health")));
        RollbackIfUnhealthyStep unfit = new RollbackIfUnhealthyStep("shop", "production");
        unfit.setRouter(new HaproxyRouterConfiguration("/run/haproxy/admin.sock", "shop"));
        unfit.setHealthChecks(List.of(new CommandHealthCheck("./check.sh")));
        unfit.setRestoreCommand("./restore.sh");
        DeploymentSopConfiguration configuration = mock(DeploymentSopConfiguration.class);
        when(configuration.rollbackRuleSource()).thenReturn(Optional.empty());
        List<String> aborts = new ArrayList<>();

        try (MockedStatic<DeploymentSopConfiguration> global = mockStatic(DeploymentSopConfiguration.class);
                MockedConstruction<AbortException> abort = mockConstruction(
                        AbortException.class,
                        (exception, creation) ->
                                aborts.add((String) creation.arguments().get(0)))) {
            global.when(DeploymentSopConfiguration::get).thenReturn(configuration);

            assertThatThrownBy(() -> StepWiring.create(fit, context)).isInstanceOf(AbortException.class);
            assertThat(aborts.get(0))
                    .startsWith("rollbackIfUnhealthy runs its router, health checks and commands on the build's agent:"
                            + " call it inside a node block; outside node it can watch without an executor only from"
                            + " the controller, and here an administrator has not allowed");

            when(configuration.isRoutersOnController()).thenReturn(true);
            WatchServices services = StepWiring.create(fit, context);

            assertThat(services.router()).isInstanceOf(AgentRouter.class);
            assertThatThrownBy(() -> services.commands().run(List.of("./restore.sh"), Map.of(), Duration.ofSeconds(1)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("outside a node block there is no agent to run ./restore.sh");

            assertThatThrownBy(() -> StepWiring.create(unfit, context)).isInstanceOf(AbortException.class);
            assertThat(aborts.get(1))
                    .contains(
                            "only haproxy(...) with a TCP Runtime API address (tcp:host:port) is driven from the"
                                    + " controller, not the UNIX socket /run/haproxy/admin.sock",
                            "only http(...) and tcp(...) health checks run on the controller, not CommandHealthCheck",
                            "restoreCommand runs on an agent");

            HaproxyRouterConfiguration withStateFile = new HaproxyRouterConfiguration("tcp:lb:9999", "shop");
            withStateFile.setStateFile("/var/lib/jenkins/config.xml");
            HttpHealthCheck regex = new HttpHealthCheck("/health");
            regex.setBodyRegex("(a+)+$");
            fit.setRouter(withStateFile);
            fit.setHealthChecks(List.of(regex));
            assertThat(ControllerWatch.refusals(fit, true))
                    .containsExactly(
                            "haproxy(stateFile: '/var/lib/jenkins/config.xml') is written where the router runs",
                            "http(bodyRegex: ...) is not matched on the controller: use bodyContains or jsonPointer");
        }
    }

    @Test
    void shouldRunRoutersOnTheControllersOwnChannelAndNoCommandAtAll() throws Exception {
        AgentLink controller = AgentRouters.controller(agentChannel.channel, "rollbackIfUnhealthy runs its commands");

        assertThat(controller.channel()).isSameAs(agentChannel.channel);
        assertThatThrownBy(() -> controller.launcherCommands().run(List.of("rm", "-rf", "/"), Map.of(), Duration.ZERO))
                .isInstanceOf(IOException.class)
                .hasMessage("rollbackIfUnhealthy runs its commands: outside a node block there is no agent to run rm"
                        + " -rf /");
    }
}
