package io.jenkins.plugins.deploymentsop.util;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs commands as local processes, keeping at most the last {@value #MAX_OUTPUT} bytes of output. */
public class LocalCommandRunner implements CommandRunner {
    private static final int MAX_OUTPUT = 64 * 1024;

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
        if (command.isEmpty()) {
            throw new IllegalArgumentException("A command needs at least one element");
        }
        List<String> argv = command.size() == 1 ? List.of("sh", "-c", command.get(0)) : new ArrayList<>(command);
        ProcessBuilder builder =
                new ProcessBuilder(argv).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        TailBuffer output = new TailBuffer();
        Thread reader = new Thread(() -> output.drain(process.getInputStream()), "command-output");
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

    /** Keeps the tail of a stream, so a chatty command cannot exhaust memory. */
    private static final class TailBuffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void drain(final InputStream stream) {
            byte[] chunk = new byte[8192];
            try (stream) {
                int read;
                while ((read = stream.read(chunk)) >= 0) {
                    append(chunk, read);
                }
            } catch (IOException ignored) {
                // the process ended or was killed: what was read so far is the output
            }
        }

        private synchronized void append(final byte[] chunk, final int length) {
            bytes.write(chunk, 0, length);
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
