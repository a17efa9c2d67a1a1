package io.jenkins.plugins.deploymentsop.util;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a finished command left behind: its exit code and its output (stdout and stderr interleaved, truncated to
 * the last lines kept by the runner).
 *
 * @param exitCode the exit code, 0 for success
 * @param output the captured output
 * @param timedOut whether the runner killed the command at its timeout
 */
public record CommandResult(int exitCode, String output, boolean timedOut) implements Serializable {
    public boolean isSuccess() {
        return exitCode == 0 && !timedOut;
    }

    /**
     * Returns the last lines of the output, for evidence texts and error messages.
     *
     * @param count how many lines at most
     * @return the last lines joined with newlines
     */
    public String lastLines(final int count) {
        List<String> lines = Arrays.asList(output.strip().split("\\R"));
        return lines.subList(Math.max(0, lines.size() - count), lines.size()).stream()
                .collect(Collectors.joining("\n"));
    }
}
