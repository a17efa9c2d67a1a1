package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Commands go through the agent's launcher: shell, environment, workspace, output and timeouts. */
class LauncherCommandRunnerTest {
    private final Launcher launcher = mock(Launcher.class);
    private final Launcher.ProcStarter starter = mock(Launcher.ProcStarter.class, RETURNS_SELF);
    private final Proc process = mock(Proc.class);
    private final TaskListener listener = mock(TaskListener.class);
    private final FilePath workspace = mock(FilePath.class);
    private final AtomicReference<OutputStream> stdout = new AtomicReference<>();

    @BeforeEach
    void wireTheLauncher() throws Exception {
        when(launcher.launch()).thenReturn(starter);
        when(starter.stdout(any(OutputStream.class))).thenAnswer(invocation -> {
            stdout.set(invocation.getArgument(0));
            return starter;
        });
        when(starter.start()).thenReturn(process);
    }

    private void processPrints(final String output, final int exitCode, final long millis) throws Exception {
        when(process.joinWithTimeout(anyLong(), eq(TimeUnit.MILLISECONDS), eq(listener)))
                .thenAnswer(invocation -> {
                    stdout.get().write(output.getBytes(StandardCharsets.UTF_8));
                    Thread.sleep(millis);
                    return exitCode;
                });
    }

    @Test
    void shouldRunAShellCommandInTheWorkspaceWithTheBuildEnvironmentAndCaptureItsOutput() throws Exception {
        processPrints("blue=90 green=10\n", 0, 0);
        LauncherCommandRunner runner = new LauncherCommandRunner(
                launcher, workspace, Map.of("KUBECONFIG", "/tmp/kube", "DEPLOY_BLUE_WEIGHT", "old"), listener);

        CommandResult result =
                runner.run(List.of("./lb-get.sh {blue}"), Map.of("DEPLOY_BLUE_WEIGHT", "90"), Duration.ofSeconds(30));

        assertThat(result).isEqualTo(new CommandResult(0, "blue=90 green=10\n", false));
        verify(starter).cmds(List.of("sh", "-c", "./lb-get.sh {blue}"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String>> environment = ArgumentCaptor.forClass(Map.class);
        verify(starter).envs(environment.capture());
        assertThat(environment.getValue())
                .as("the command's own variables win over the build's")
                .containsEntry("KUBECONFIG", "/tmp/kube")
                .containsEntry("DEPLOY_BLUE_WEIGHT", "90");
        verify(starter).pwd(workspace);
        verify(starter).quiet(true);
        verify(process).joinWithTimeout(30_000L, TimeUnit.MILLISECONDS, listener);
    }

    @Test
    void shouldRunAnArgumentListAsIsAndReportAFailure() throws Exception {
        processPrints("nginx: [emerg] invalid port\n", 1, 0);
        LauncherCommandRunner runner = new LauncherCommandRunner(launcher, null, Map.of(), listener);

        CommandResult result = runner.run(List.of("nginx", "-t", "-q"), Map.of(), Duration.ofSeconds(5));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.lastLines(1)).isEqualTo("nginx: [emerg] invalid port");
        verify(starter).cmds(List.of("nginx", "-t", "-q"));
        verify(starter, never()).pwd(any(FilePath.class));
    }

    @Test
    void shouldTellAKilledCommandFromAFailedOne() throws Exception {
        processPrints("still waiting", 143, 60);
        LauncherCommandRunner runner = new LauncherCommandRunner(launcher, workspace, Map.of(), listener);

        CommandResult result = runner.run(List.of("sleep 600"), Map.of(), Duration.ofMillis(50));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.output()).isEqualTo("still waiting");
    }

    @Test
    void shouldKeepOnlyTheTailOfAChattyCommand() throws Exception {
        String line = "x".repeat(99) + "\n";
        processPrints(line.repeat(2_000) + "last line\n", 0, 0);
        LauncherCommandRunner runner = new LauncherCommandRunner(launcher, workspace, Map.of(), listener);

        CommandResult result = runner.run(List.of("yes"), Map.of(), Duration.ofSeconds(5));

        assertThat(result.output().length()).isEqualTo(64 * 1024);
        assertThat(result.lastLines(1)).isEqualTo("last line");
    }
}
