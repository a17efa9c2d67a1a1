package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {
    private static final CommandRunner RUNNER = (command, environment, timeout) -> {
        throw new java.io.IOException("not run in this test");
    };

    @Test
    void shouldReturnValuesThatPass() {
        assertThat(SettingsCheck.matching("backend", "shop", Pattern.compile("[a-z]+"), "letters"))
                .isEqualTo("shop");
        assertThat(SettingsCheck.positive("timeout", TimeSpan.ofMillis(1))).isEqualTo(TimeSpan.ofMillis(1));
        assertThat(SettingsCheck.between("keepalive", 0, 0, 10)).isZero();
        assertThat(SettingsCheck.between("keepalive", 10, 0, 10)).isEqualTo(10);
        assertThat(SettingsCheck.command("testCommand", List.of("nginx", "-t"))).containsExactly("nginx", "-t");
        assertThat(SettingsCheck.runner(RUNNER, "The router")).isSameAs(RUNNER);
    }

    @Test
    void shouldNameParameterValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> SettingsCheck.matching("backend", "a b", Pattern.compile("[a-z]+"), "letters"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'backend': 'a b' (allowed: letters)");
        assertThatThrownBy(() -> SettingsCheck.positive("verifyInterval", TimeSpan.ZERO))
                .hasMessage("Invalid value for 'verifyInterval': '0s' (allowed: a positive duration)");
        assertThatThrownBy(() -> SettingsCheck.between("keepalive", 11, 0, 10))
                .hasMessage("Invalid value for 'keepalive': '11' (allowed: a number from 0 to 10)");
        assertThatThrownBy(() -> SettingsCheck.between("keepalive", -1, 0, 10)).hasMessageContaining("'-1'");
        assertThatThrownBy(() -> SettingsCheck.command("reloadCommand", List.of("nginx", " ")))
                .hasMessage("Invalid value for 'reloadCommand': 'nginx  ' (allowed: a non-empty command)");
        assertThatThrownBy(() -> SettingsCheck.command("reloadCommand", List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SettingsCheck.runner(null, "The reload mode"))
                .isNotInstanceOf(InvalidInputException.class)
                .hasMessage("The reload mode needs a command runner");
    }

    @Test
    void shouldBeWhatEachRouterBuilderChecksWith() {
        assertThatThrownBy(() -> NginxSettings.builder()
                        .file(Path.of("/etc/nginx/shop.conf"))
                        .upstream("shop")
                        .blueServer("10.0.0.1:8080")
                        .greenServer("10.0.0.2:8080")
                        .runner(RUNNER)
                        .keepalive(10_001)
                        .build())
                .hasMessage("Invalid value for 'keepalive': '10001' (allowed: a number from 0 to 10000)");
        assertThatThrownBy(() -> HaproxySettings.builder()
                        .socket("/run/haproxy/admin.sock")
                        .backend("shop")
                        .timeout(TimeSpan.ZERO)
                        .build())
                .hasMessage("Invalid value for 'timeout': '0s' (allowed: a positive duration)");
        assertThatThrownBy(() -> CommandRouterSettings.builder()
                        .applyCommand("lb set {blueWeight} {greenWeight}")
                        .readCommand("lb get")
                        .build())
                .hasMessage("The command router needs a command runner");
        assertThatThrownBy(() -> CommandRouterSettings.builder()
                        .applyCommand("lb set {blueWeight} {greenWeight}")
                        .readCommand("lb get")
                        .runner(RUNNER)
                        .verifyInterval(TimeSpan.ZERO)
                        .build())
                .hasMessageContaining("'verifyInterval'");
    }
}
