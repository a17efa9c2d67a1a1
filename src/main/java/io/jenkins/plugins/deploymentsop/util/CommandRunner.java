package io.jenkins.plugins.deploymentsop.util;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a command where the deployment tools live. In Jenkins the glue runs it on the build's agent through the
 * {@code Launcher}; tests and the demo use {@link LocalCommandRunner}.
 */
@FunctionalInterface
public interface CommandRunner {
    /**
     * Runs a command and waits for it.
     *
     * @param command the program and its arguments; a single element is run by {@code sh -c}
     * @param environment variables added to the environment
     * @param timeout how long the command may run before it is killed
     * @return the result
     * @throws IOException if the command could not be started
     * @throws InterruptedException if the wait was interrupted
     */
    CommandResult run(List<String> command, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException;

    /**
     * Turns a command into the arguments of the process to start: a single element becomes {@code sh -c <element>}.
     *
     * @param command the program and its arguments, or one shell command line
     * @return the process arguments
     * @throws IllegalArgumentException if the command is empty
     */
    static List<String> argv(final List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("A command needs at least one element");
        }
        return command.size() == 1 ? List.of("sh", "-c", command.get(0)) : List.copyOf(command);
    }
}
