package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records the commands it is asked to run and answers with a fixed exit code. */
final class FakeCommands implements CommandRunner {
    final List<List<String>> commands = new ArrayList<>();
    final List<Map<String, String>> environments = new ArrayList<>();
    int exitCode;

    @Override
    public CommandResult run(
            final List<String> command, final Map<String, String> environment, final Duration timeout) {
        commands.add(List.copyOf(command));
        environments.add(Map.copyOf(environment));
        return new CommandResult(exitCode, exitCode == 0 ? "done\n" : "restore failed: no backup\n", false);
    }
}
