package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs restore, destroy, router and probe commands on the agent of the {@code node} block around the step, in the
 * workspace, with the build's environment plus the command's own variables. The launcher is looked up for every
 * command: the agent may have reconnected since the last one. Output is kept up to its last {@value #MAX_OUTPUT}
 * bytes for the messages, not copied to the build log (probes run the same command on every tick).
 */
final class AgentCommands implements CommandRunner {
    private static final int MAX_OUTPUT = 64 * 1024;

    private final StepContext context;

    AgentCommands(final StepContext context) {
        this.context = context;
    }

    @Override
    public CommandResult run(final List<String> command, final Map<String, String> environment, final Duration timeout)
            throws IOException, InterruptedException {
        Launcher launcher = context.get(Launcher.class);
        TaskListener listener = context.get(TaskListener.class);
        if (launcher == null || listener == null) {
            throw new IOException("No agent to run '" + String.join(" ", command) + "' on: "
                    + RollbackIfUnhealthyStep.FUNCTION_NAME + " runs its commands on the build's agent, so call it"
                    + " inside a node block");
        }
        List<String> argv = command.size() == 1 ? List.of("sh", "-c", command.get(0)) : new ArrayList<>(command);
        Map<String, String> variables = new LinkedHashMap<>();
        EnvVars build = context.get(EnvVars.class);
        if (build != null) {
            variables.putAll(build);
        }
        variables.putAll(environment);
        Tail output = new Tail();
        Launcher.ProcStarter starter =
                launcher.launch().cmds(argv).envs(variables).stdout(output).quiet(true);
        FilePath workspace = context.get(FilePath.class);
        if (workspace != null) {
            starter = starter.pwd(workspace);
        }
        long start = System.nanoTime();
        Proc process = starter.start();
        int exit = process.joinWithTimeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS, listener);
        // joinWithTimeout kills the process at the timeout and returns its exit code: the clock tells which it was
        boolean timedOut =
                exit != 0 && Duration.ofNanos(System.nanoTime() - start).compareTo(timeout) >= 0;
        return new CommandResult(timedOut ? -1 : exit, output.text(), timedOut);
    }

    /** Keeps the end of the output, so a chatty command cannot fill the controller's memory. */
    private static final class Tail extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(final int b) {
            bytes.write(b);
            trim();
        }

        @Override
        public synchronized void write(final byte[] chunk, final int offset, final int length) {
            bytes.write(chunk, offset, length);
            trim();
        }

        private void trim() {
            if (bytes.size() > 2 * MAX_OUTPUT) {
                byte[] all = bytes.toByteArray();
                bytes.reset();
                bytes.write(all, all.length - MAX_OUTPUT, MAX_OUTPUT);
            }
        }

        synchronized String text() {
            byte[] all = bytes.toByteArray();
            int start = Math.max(0, all.length - MAX_OUTPUT);
            return new String(all, start, all.length - start, StandardCharsets.UTF_8);
        }
    }
}
