package io.jenkins.plugins.deploymentsop.traffic;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks the router settings builders share. Each returns the value when it passes and otherwise throws an
 * {@link InvalidInputException} naming the Pipeline parameter, the value and what is allowed.
 */
final class SettingsCheck {
    private SettingsCheck() {}

    static String matching(final String parameter, final String value, final Pattern pattern, final String allowed) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInputException(parameter, value, allowed);
        }
        return value;
    }

    static TimeSpan positive(final String parameter, final TimeSpan value) {
        if (value.isZero()) {
            throw new InvalidInputException(parameter, value.toString(), "a positive duration");
        }
        return value;
    }

    static int between(final String parameter, final int value, final int min, final int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(parameter, String.valueOf(value), "a number from " + min + " to " + max);
        }
        return value;
    }

    static List<String> command(final String parameter, final List<String> command) {
        if (command.isEmpty() || command.stream().anyMatch(String::isBlank)) {
            throw new InvalidInputException(parameter, String.join(" ", command), "a non-empty command");
        }
        return command;
    }

    /**
     * Requires the command runner, which the glue provides (not the user).
     *
     * @param runner the runner
     * @param who what needs it, e.g. {@code The command router}
     * @return the runner
     * @throws IllegalArgumentException if there is none
     */
    static CommandRunner runner(@CheckForNull final CommandRunner runner, final String who) {
        if (runner == null) {
            throw new IllegalArgumentException(who + " needs a command runner");
        }
        return runner;
    }
}
