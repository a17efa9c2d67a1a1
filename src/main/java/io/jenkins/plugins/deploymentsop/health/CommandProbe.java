package io.jenkins.plugins.deploymentsop.health;

import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Probes by running a command: exit code 0 is healthy; the last output lines explain a failure. */
public final class CommandProbe implements HealthProbe {
    private static final int OUTPUT_LINES = 3;

    private final CommandRunner runner;
    private final String command;
    private final Map<String, String> environment;
    private final TimeSpan timeout;

    /**
     * Creates the probe.
     *
     * @param runner where the command runs
     * @param command the shell command
     * @param environment extra variables, e.g. {@code DEPLOY_TARGET_URL}
     * @param timeout how long the command may run
     */
    public CommandProbe(
            final CommandRunner runner,
            final String command,
            final Map<String, String> environment,
            final TimeSpan timeout) {
        if (command.isBlank()) {
            throw new InvalidInputException("command", command, "a shell command that exits 0 when healthy");
        }
        this.runner = runner;
        this.command = command;
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "command '" + command + "'";
    }

    @Override
    public ProbeAttempt attempt() throws InterruptedException {
        long start = System.nanoTime();
        CommandResult result;
        try {
            result = runner.run(List.of(command), environment, timeout.toDuration());
        } catch (IOException exception) {
            return ProbeAttempt.failed(elapsed(start), "cannot start: " + exception.getMessage());
        }
        Duration latency = elapsed(start);
        if (result.isSuccess()) {
            return ProbeAttempt.passed(latency, "exit 0 in " + latency.toMillis() + " ms");
        }
        String output = result.lastLines(OUTPUT_LINES).strip();
        String status = result.timedOut() ? "timed out after " + timeout : "exit " + result.exitCode();
        return ProbeAttempt.failed(latency, status + (output.isEmpty() ? "" : ": " + output));
    }

    private static Duration elapsed(final long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
