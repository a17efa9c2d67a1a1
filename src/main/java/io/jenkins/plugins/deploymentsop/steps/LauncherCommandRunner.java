package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.util.OutputTail;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the engine's commands (command router, command probe, nginx test and reload) on the build's agent through
 * its {@link Launcher}, in the workspace, with the build's environment plus the command's own variables. Output
 * (stdout and stderr together) is kept up to the last {@value OutputTail#COMMAND_OUTPUT} bytes for the engine's
 * messages; it is not copied to the build log, because probes run the same command again and again.
 */
final class LauncherCommandRunner implements CommandRunner {
    private final Launcher launcher;

    @CheckForNull
    private final FilePath workspace;

    private final Map<String, String> buildEnvironment;
    private final TaskListener listener;

    /**
     * Creates the runner.
     *
     * @param launcher the launcher of the agent
     * @param workspace where commands start; {@code null}: the agent's default
     * @param buildEnvironment the build's environment (e.g. what {@code withEnv} and {@code withCredentials} add)
     * @param listener the build log, for the launcher's own messages (e.g. a timeout)
     */
    LauncherCommandRunner(
            final Launcher launcher,
            @CheckForNull final FilePath workspace,
            final Map<String, String> buildEnvironment,
            final TaskListener listener) {
        this.launcher = launcher;
        this.workspace = workspace;
        this.buildEnvironment = new LinkedHashMap<>(buildEnvironment);
        this.listener = listener;
    }

    @Override
    public CommandResult run(final List<String> command, final Map<String, String> environment, final Duration timeout)
            throws IOException, InterruptedException {
        List<String> argv = CommandRunner.argv(command);
        Map<String, String> variables = new LinkedHashMap<>(buildEnvironment);
        variables.putAll(environment);
        OutputTail output = new OutputTail(OutputTail.COMMAND_OUTPUT);
        Launcher.ProcStarter starter =
                launcher.launch().cmds(argv).envs(variables).stdout(output).quiet(true);
        if (workspace != null) {
            starter = starter.pwd(workspace);
        }
        long start = System.nanoTime();
        Proc process = starter.start();
        int exitCode = process.joinWithTimeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS, listener);
        // joinWithTimeout kills the process at the timeout and returns its exit code: the clock tells which it was
        boolean timedOut =
                exitCode != 0 && Duration.ofNanos(System.nanoTime() - start).compareTo(timeout) >= 0;
        return new CommandResult(timedOut ? -1 : exitCode, output.text(), timedOut);
    }
}
