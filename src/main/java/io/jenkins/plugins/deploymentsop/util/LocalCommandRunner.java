package io.jenkins.plugins.deploymentsop.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs commands as local processes, keeping at most the last {@value OutputTail#COMMAND_OUTPUT} bytes of output. */
public class LocalCommandRunner implements CommandRunner {
    private final Path workingDirectory;

    /**
     * Creates a runner.
     *
     * @param workingDirectory the directory commands start in
     */
    public LocalCommandRunner(final Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public CommandResult run(final List<String> command, final Map<String, String> environment, final Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(CommandRunner.argv(command))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (OutputTail output = new OutputTail(OutputTail.COMMAND_OUTPUT)) {
            Thread reader = new Thread(() -> drain(process.getInputStream(), output), "command-output");
            reader.setDaemon(true);
            reader.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                // the shell first, so it cannot report its children's death as output; then whatever it started
                List<ProcessHandle> children = process.descendants().toList();
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                process.waitFor();
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
            return new CommandResult(finished ? process.exitValue() : -1, output.text(), !finished);
        }
    }

    private static void drain(final InputStream stream, final OutputTail output) {
        byte[] chunk = new byte[8192];
        try (stream) {
            int read;
            while ((read = stream.read(chunk)) >= 0) {
                output.write(chunk, 0, read);
            }
        } catch (IOException ignored) {
            // the process ended or was killed: what was read so far is the output
        }
    }
}
