package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Backup created and verified", "migrations dry-run": a command run where the deployment tools live (the agent);
 * it passes with the expected exit code within the timeout. The last lines of its output are the evidence. The
 * command sees {@code DEPLOY_RELEASE} and {@code DEPLOY_ENVIRONMENT}; placeholders are not expanded into the
 * command line, so a release name cannot inject shell code.
 */
public final class CommandCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "command";
    private static final int MAX_LINES = 100;

    private final ArrayList<String> command;
    private final TimeSpan timeout;
    private final int exitCode;
    private final int outputLines;

    private CommandCheck(
            final List<String> command, final TimeSpan timeout, final int exitCode, final int outputLines) {
        this.command = new ArrayList<>(command);
        this.timeout = timeout;
        this.exitCode = exitCode;
        this.outputLines = outputLines;
    }

    static CommandCheck read(final ItemFields fields) {
        List<String> command = fields.strings("command");
        if (command.isEmpty() || command.stream().allMatch(String::isBlank)) {
            throw fields.missing(
                    "command",
                    "a shell command (a string) or a program with arguments (a list), e.g. ./verify-backup.sh");
        }
        TimeSpan timeout = fields.timeSpan("timeout").orElse(TimeSpan.ofMinutes(10));
        if (timeout.isZero()) {
            throw fields.invalid("timeout", "a duration above 0, e.g. 10m");
        }
        return new CommandCheck(
                command,
                timeout,
                fields.integer("exitCode", 0, 255).orElse(0),
                fields.integer("outputLines", 1, MAX_LINES).orElse(5));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) {
        String shown = "`" + Texts.oneLine(String.join(" ", command), 80) + "`";
        Map<String, String> environment = new LinkedHashMap<>();
        context.release().ifPresent(release -> environment.put("DEPLOY_RELEASE", release));
        context.environment().ifPresent(name -> environment.put("DEPLOY_ENVIRONMENT", name));
        long start = System.nanoTime();
        CommandResult result;
        try {
            result = context.commandRunner().run(command, environment, timeout.toDuration());
        } catch (IOException exception) {
            return CheckOutcome.error("Could not start " + shown + ": " + exception.getMessage());
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            return CheckOutcome.error(shown + " was interrupted");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String tail = result.lastLines(outputLines);
        String lastLine = Texts.oneLine(result.lastLines(1), 200);
        Details details = Details.builder()
                .count("exitCode", result.exitCode())
                .count("durationMs", millis)
                .output(tail.isEmpty() ? List.of() : Arrays.asList(tail.split("\n")))
                .build();
        String output = lastLine.isEmpty() ? " (no output)" : ": " + lastLine;
        if (result.timedOut()) {
            return CheckOutcome.failed(shown + " timed out after " + timeout + " and was stopped" + output)
                    .withDetails(details);
        }
        if (result.exitCode() != exitCode) {
            return CheckOutcome.failed(String.format(
                            "%s exited with %d (expected %d)%s", shown, result.exitCode(), exitCode, output))
                    .withDetails(details);
        }
        return CheckOutcome.passed(
                        String.format("%s exited with %d in %s%s", shown, result.exitCode(), duration(millis), output))
                .withDetails(details);
    }

    private static String duration(final long millis) {
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    public List<String> command() {
        return List.copyOf(command);
    }
}
