package io.jenkins.plugins.deploymentsop.rollback.plan;

import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that the program of a command line exists where commands run, without running it: a path
 * ({@code ./rollback-db.sh}) must be an executable file, a name ({@code npm}) must be found by {@code command -v}.
 * Leading variable assignments ({@code A=1 ./x}) are skipped. A help for {@link RollbackTarget#commandExists}.
 */
public final class CommandPresence {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String PROBE =
            "case \"$1\" in */*) test -f \"$1\" && test -x \"$1\" ;;" + " *) command -v -- \"$1\" >/dev/null ;; esac";

    private CommandPresence() {}

    /**
     * Checks a command line.
     *
     * @param runner where commands run (the build's agent)
     * @param commandLine the command line
     * @return passed if its program exists and is executable
     * @throws IOException if the check could not start
     * @throws InterruptedException if interrupted
     */
    public static CheckResult check(final CommandRunner runner, final String commandLine)
            throws IOException, InterruptedException {
        Optional<String> program = program(commandLine);
        if (program.isEmpty()) {
            return CheckResult.failed("no program in the command line '" + commandLine + "'");
        }
        CommandResult result = runner.run(List.of("sh", "-c", PROBE, "sh", program.get()), Map.of(), TIMEOUT);
        if (result.isSuccess()) {
            return CheckResult.passed(program.get() + " exists and is executable");
        }
        return CheckResult.failed(program.get() + " was not found or is not executable"
                + (result.timedOut() ? " (the check timed out)" : ""));
    }

    /**
     * Finds the program of a command line.
     *
     * @param commandLine e.g. {@code BACKUP=x ./restore.sh --now}
     * @return the program, e.g. {@code ./restore.sh}
     */
    static Optional<String> program(final String commandLine) {
        return Arrays.stream(commandLine.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .filter(word -> !word.matches("[A-Za-z_][A-Za-z0-9_]*=.*"))
                .findFirst()
                .map(word -> word.replaceAll("^['\"]|['\"]$", ""));
    }
}
