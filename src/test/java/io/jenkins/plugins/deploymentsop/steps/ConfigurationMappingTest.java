package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.health.CommandProbe;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.HttpProbeSettings;
import io.jenkins.plugins.deploymentsop.health.ProbeAttempt;
import io.jenkins.plugins.deploymentsop.health.ProbeCredentials;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.CommandRouterSettings;
import io.jenkins.plugins.deploymentsop.traffic.HaproxySettings;
import io.jenkins.plugins.deploymentsop.traffic.HaproxyZeroState;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.NginxSettings;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nested Describables of blueGreenDeploy map onto the engine's settings, field by field. */
class ConfigurationMappingTest {
    private static final ColorTargets TARGETS = new ColorTargets(RolloutFixture.BLUE, "https://green.example");
    private static final CommandRunner NO_COMMANDS = (command, environment, timeout) -> {
        throw new AssertionError("no command expected");
    };

    @TempDir
    Path folder;

    @Test
    void shouldMapNginxReloadModeWithServersFromTheColourUrlsAndCommandsForTheAgent() throws Exception {
        NginxRouterConfiguration nginx = new NginxRouterConfiguration(
                "/etc/nginx/deploymentsop/../deploymentsop/shop.conf",
                "shop",
                "http://127.0.0.1:8081/__deploymentsop/split");
        nginx.setKeepalive(16);
        nginx.setReloadCommand("sudo -n nginx -s reload");
        nginx.setCommandTimeout("45s");
        nginx.setVerifyTimeout("3s");
        List<List<String>> commands = new ArrayList<>();
        CommandRunner agent = (command, environment, timeout) -> {
            commands.add(command);
            return new CommandResult(0, "", false);
        };

        NginxSettings settings = nginx.toSettings(TARGETS, agent);
        settings.runner().run(settings.reloadCommand(), Map.of(), Duration.ofSeconds(1));

        assertThat(settings.mode()).isEqualTo(NginxMode.RELOAD);
        assertThat(settings.file()).isEqualTo(Path.of("/etc/nginx/deploymentsop/shop.conf"));
        assertThat(settings.upstream()).isEqualTo("shop");
        assertThat(settings.blueServer()).isEqualTo("10.0.0.1:8080");
        assertThat(settings.greenServer()).as("https without a port").isEqualTo("green.example:443");
        assertThat(settings.keepalive()).isEqualTo(16);
        assertThat(settings.statusUrl()).isEqualTo(URI.create("http://127.0.0.1:8081/__deploymentsop/split"));
        assertThat(settings.testCommand()).containsExactly("nginx -t -q");
        assertThat(commands)
                .as("one shell command, run with sh -c")
                .containsExactly(List.of("sudo -n nginx -s reload"));
        assertThat(settings.commandTimeout()).isEqualTo(TimeSpan.ofSeconds(45));
        assertThat(settings.verifyTimeout()).isEqualTo(TimeSpan.ofSeconds(3));
    }

    @Test
    void shouldMapNginxDynamicModeWithExplicitServersAndNoCommands() {
        NginxRouterConfiguration nginx =
                new NginxRouterConfiguration("/etc/nginx/shop.json", "shop", "http://127.0.0.1/split");
        nginx.setMode("DYNAMIC");
        nginx.setBlueServer("unix:/run/blue.sock");
        nginx.setGreenServer("10.0.0.9:9000");

        NginxSettings settings = nginx.toSettings(TARGETS, NO_COMMANDS);

        assertThat(nginx.getMode()).isEqualTo("dynamic");
        assertThat(settings.mode()).isEqualTo(NginxMode.DYNAMIC);
        assertThat(settings.server(Color.BLUE)).isEqualTo("unix:/run/blue.sock");
        assertThat(settings.server(Color.GREEN)).isEqualTo("10.0.0.9:9000");
        assertThat(nginx.createRouter(TARGETS, NO_COMMANDS).describe()).contains("/etc/nginx/shop.json");
    }

    @Test
    void shouldMapHaproxy() {
        HaproxyRouterConfiguration haproxy = new HaproxyRouterConfiguration("unix:/run/haproxy/admin.sock", "shop");
        haproxy.setBlueServer("shop-blue");
        haproxy.setGreenServer("shop-green");
        haproxy.setZeroWeightState("MAINT");
        haproxy.setStateFile("/var/lib/haproxy/server-state");
        haproxy.setTimeout("2s");

        HaproxySettings settings = haproxy.toSettings();

        assertThat(settings.socket()).isEqualTo("unix:/run/haproxy/admin.sock");
        assertThat(settings.backend()).isEqualTo("shop");
        assertThat(settings.server(Color.BLUE)).isEqualTo("shop-blue");
        assertThat(settings.server(Color.GREEN)).isEqualTo("shop-green");
        assertThat(settings.zeroWeightState()).isEqualTo(HaproxyZeroState.MAINT);
        assertThat(haproxy.getZeroWeightState()).isEqualTo("maint");
        assertThat(settings.stateFile()).contains(Path.of("/var/lib/haproxy/server-state"));
        assertThat(settings.timeout()).isEqualTo(TimeSpan.ofSeconds(2));
        assertThat(new HaproxyRouterConfiguration("127.0.0.1:9999", "shop")
                        .toSettings()
                        .stateFile())
                .isEmpty();
    }

    @Test
    void shouldRefuseTheSameServerForBothColoursWhenTheRouterIsCreated() {
        HaproxyRouterConfiguration haproxy = new HaproxyRouterConfiguration("127.0.0.1:9999", "shop");
        haproxy.setGreenServer("blue");

        assertThatThrownBy(() -> haproxy.createRouter(TARGETS, NO_COMMANDS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'greenServer': 'blue' (allowed: a server other than blueServer)");
    }

    @Test
    void shouldMapTheCommandRouterWithTheStepUrlsAsTargets() throws Exception {
        CommandRouterConfiguration command = new CommandRouterConfiguration(
                "echo {blue}={blueWeight} {green}={greenWeight} > " + folder.resolve("lb"),
                "cat " + folder.resolve("lb"));
        command.setVerifyInterval("100ms");
        command.setVerifyTimeout("5s");
        command.setCommandTimeout("10s");

        CommandRouterSettings settings = command.toSettings(TARGETS, NO_COMMANDS);

        assertThat(settings.target(Color.BLUE)).isEqualTo(RolloutFixture.BLUE);
        assertThat(settings.target(Color.GREEN)).isEqualTo("https://green.example");
        assertThat(settings.verifyInterval()).isEqualTo(TimeSpan.ofMillis(100));
        assertThat(settings.verifyTimeout()).isEqualTo(TimeSpan.ofSeconds(5));
        assertThat(settings.commandTimeout()).isEqualTo(TimeSpan.ofSeconds(10));
        assertThat(settings.applyCommand().toString()).startsWith("echo {blue}={blueWeight}");
    }

    @Test
    void shouldMapAnHttpCheckOntoTheColourUrlWithHeadersAndCredentials() {
        HttpHealthCheck http = new HttpHealthCheck("/ready?full=1");
        http.setExpectedStatus("200,204");
        http.setBodyContains("ok");
        http.setBodyRegex("\"db\"\\s*:\\s*true");
        http.setJsonPointer("/status");
        http.setJsonEquals("UP");
        http.setMaxLatency("800ms");
        http.setHeaders(List.of(new HttpHeader("Host", "shop.example.com")));
        http.setCredentialsId("shop-health");
        http.setTimeout("2s");
        List<String> asked = new ArrayList<>();
        ProbeTarget.CredentialsLookup lookup = id -> {
            asked.add(id);
            return ProbeCredentials.bearer("t0ken");
        };

        HttpProbeSettings settings = http.toSettings(new ProbeTarget(Color.GREEN, TARGETS, NO_COMMANDS, lookup));

        assertThat(settings.url()).isEqualTo(URI.create("https://green.example/ready?full=1"));
        assertThat(settings.statuses().contains(204)).isTrue();
        assertThat(settings.statuses().contains(201)).isFalse();
        assertThat(settings.bodyContains()).contains("ok");
        assertThat(settings.bodyMatches().orElseThrow().pattern()).isEqualTo("\"db\"\\s*:\\s*true");
        assertThat(settings.jsonPointer().orElseThrow().toString()).isEqualTo("/status");
        assertThat(settings.jsonEquals()).isEqualTo("UP");
        assertThat(settings.maxLatency()).contains(TimeSpan.ofMillis(800));
        assertThat(settings.headers()).containsExactly(Map.entry("Host", "shop.example.com"));
        assertThat(asked).containsExactly("shop-health");
        assertThat(settings.credentials()).hasToString("bearer token (hidden)");
        assertThat(settings.timeout()).isEqualTo(TimeSpan.ofSeconds(2));
        assertThat(http.createProbe(new ProbeTarget(Color.BLUE, TARGETS, NO_COMMANDS, lookup))
                        .name())
                .isEqualTo("GET http://10.0.0.1:8080/ready?full=1");
    }

    @Test
    void shouldRequireJsonPointerAndJsonEqualsTogether() {
        HttpHealthCheck onlyValue = new HttpHealthCheck("/health");
        onlyValue.setJsonEquals("UP");
        HttpHealthCheck onlyPointer = new HttpHealthCheck("/health");
        onlyPointer.setJsonPointer("/status");
        ProbeTarget target = new ProbeTarget(Color.GREEN, TARGETS, NO_COMMANDS, ProbeTarget.CredentialsLookup.NONE);

        assertThatThrownBy(() -> onlyValue.toSettings(target))
                .hasMessage("Invalid value for 'jsonPointer': '' (allowed: where jsonEquals is expected, e.g."
                        + " jsonPointer: '/status', jsonEquals: 'UP')");
        assertThatThrownBy(() -> onlyPointer.toSettings(target))
                .hasMessageStartingWith("Invalid value for 'jsonEquals'");
    }

    @Test
    void shouldProbeTcpOnTheColourHostAndByDefaultItsPort() {
        TcpHealthCheck byUrl = new TcpHealthCheck();
        TcpHealthCheck explicit = new TcpHealthCheck();
        explicit.setPort(5432);
        ProbeTarget green = new ProbeTarget(Color.GREEN, TARGETS, NO_COMMANDS, ProbeTarget.CredentialsLookup.NONE);
        ProbeTarget blue = new ProbeTarget(Color.BLUE, TARGETS, NO_COMMANDS, ProbeTarget.CredentialsLookup.NONE);

        assertThat(byUrl.createProbe(green).name()).isEqualTo("TCP green.example:443");
        assertThat(byUrl.createProbe(blue).name()).isEqualTo("TCP 10.0.0.1:8080");
        assertThat(explicit.createProbe(blue).name()).isEqualTo("TCP 10.0.0.1:5432");
    }

    @Test
    void shouldRunTheCommandProbeWithTheColourAndItsUrlInTheEnvironment() throws Exception {
        CommandHealthCheck check = new CommandHealthCheck(
                "test \"$DEPLOY_COLOR $DEPLOY_TARGET_URL\" = 'green " + "https://green.example'");
        check.setTimeout("5s");
        ProbeTarget target = new ProbeTarget(
                Color.GREEN, TARGETS, new LocalCommandRunner(folder), ProbeTarget.CredentialsLookup.NONE);

        HealthProbe probe = check.createProbe(target);
        ProbeAttempt attempt = probe.attempt();

        assertThat(probe).isInstanceOf(CommandProbe.class);
        assertThat(attempt.success()).as(attempt.detail()).isTrue();
        assertThat(check.createProbe(new ProbeTarget(
                                Color.BLUE,
                                TARGETS,
                                new LocalCommandRunner(folder),
                                ProbeTarget.CredentialsLookup.NONE))
                        .attempt()
                        .success())
                .as("blue has another colour and URL")
                .isFalse();
    }
}
