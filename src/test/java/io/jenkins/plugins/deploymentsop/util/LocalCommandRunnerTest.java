package io.jenkins.plugins.deploymentsop.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCommandRunnerTest {
    @TempDir
    Path folder;

    @Test
    void shouldCaptureExitCodeAndOutput() throws Exception {
        CommandResult result = new LocalCommandRunner(folder)
                .run(
                        List.of("echo one; echo two >&2; echo $COLOR; exit 3"),
                        Map.of("COLOR", "green"),
                        Duration.ofSeconds(10));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.output()).contains("one", "two", "green");
        assertThat(result.lastLines(1)).isEqualTo("green");
    }

    @Test
    void shouldKillCommandsAtTheirTimeout() throws Exception {
        CommandResult result =
                new LocalCommandRunner(folder).run(List.of("sleep", "30"), Map.of(), Duration.ofMillis(200));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.isSuccess()).isFalse();
    }

    @Test
    void shouldKeepOnlyTheTailOfHugeOutput() throws Exception {
        CommandResult result =
                new LocalCommandRunner(folder).run(List.of("seq 1 200000"), Map.of(), Duration.ofSeconds(20));

        assertThat(result.isSuccess()).isTrue();
        assertThat(result.output().length()).isLessThanOrEqualTo(64 * 1024);
        assertThat(result.lastLines(1)).isEqualTo("200000");
    }
}
