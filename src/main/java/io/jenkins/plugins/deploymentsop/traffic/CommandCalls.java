package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the commands of one router operation. An interrupt (an aborted build) must not stop the undo of a half-done
 * change, so it is remembered, the undo still runs, and {@link #close()} sets the thread's interrupt flag again.
 */
final class CommandCalls implements AutoCloseable {
    private static final int OUTPUT_LINES = 5;

    private final CommandRunner runner;
    private final TimeSpan timeout;
    private boolean interrupted;

    CommandCalls(final CommandRunner runner, final TimeSpan timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    /**
     * Runs a command.
     *
     * @param command the command
     * @param environment extra environment variables
     * @return the result; a command that could not start yields exit code -1 with the reason as output
     */
    CommandResult run(final List<String> command, final Map<String, String> environment) {
        try {
            return runner.run(command, environment, timeout.toDuration());
        } catch (IOException exception) {
            return new CommandResult(-1, "cannot start: " + exception.getMessage(), false);
        } catch (InterruptedException exception) {
            interrupted = true;
            return new CommandResult(-1, "interrupted while waiting for the command", false);
        }
    }

    /**
     * Runs a command and describes a failure.
     *
     * @param command the command
     * @return empty on success, else a text such as {@code 'nginx -t' failed (exit 1): <last lines>}
     */
    Optional<String> failure(final List<String> command) {
        return describeFailure(command, run(command, Map.of()));
    }

    static Optional<String> describeFailure(final List<String> command, final CommandResult result) {
        if (result.isSuccess()) {
            return Optional.empty();
        }
        String status = result.timedOut() ? "timed out" : "exit " + result.exitCode();
        String output = result.lastLines(OUTPUT_LINES).strip();
        return Optional.of(String.format(
                "'%s' failed (%s)%s", String.join(" ", command), status, output.isEmpty() ? "" : ": " + output));
    }

    /** Remembers an interrupt that was caught outside {@link #run}, and clears a pending one, so the undo can run. */
    void markInterrupted() {
        interrupted = true;
    }

    /** Clears a pending interrupt (remembering it), so that an undo's commands and waits can run. */
    void holdInterrupt() {
        if (Thread.interrupted()) {
            interrupted = true;
        }
    }

    @Override
    public void close() {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
