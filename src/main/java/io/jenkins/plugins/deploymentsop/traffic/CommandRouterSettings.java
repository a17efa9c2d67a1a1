package io.jenkins.plugins.deploymentsop.traffic;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Set;

/**
 * Everything the command router needs: the "apply split" and "read split" commands with their placeholders, the two
 * targets, and how long to wait for the read command to show a change (cloud load balancers take a while).
 */
public final class CommandRouterSettings {
    /** Placeholders of the apply command. */
    public static final Set<String> APPLY_PLACEHOLDERS = Set.of("blue", "green", "blueWeight", "greenWeight");
    /** Placeholders of the read command. */
    public static final Set<String> READ_PLACEHOLDERS = Set.of("blue", "green");

    private final CommandTemplate applyCommand;
    private final CommandTemplate readCommand;
    private final String blueTarget;
    private final String greenTarget;
    private final CommandRunner runner;
    private final TimeSpan commandTimeout;
    private final TimeSpan verifyTimeout;
    private final TimeSpan verifyInterval;

    private CommandRouterSettings(final Builder builder, final CommandRunner runner) {
        this.applyCommand = CommandTemplate.parse("applyCommand", builder.applyCommand, APPLY_PLACEHOLDERS);
        this.readCommand = CommandTemplate.parse("readCommand", builder.readCommand, READ_PLACEHOLDERS);
        this.blueTarget = builder.blueTarget;
        this.greenTarget = builder.greenTarget;
        this.runner = runner;
        this.commandTimeout = builder.commandTimeout;
        this.verifyTimeout = builder.verifyTimeout;
        this.verifyInterval = builder.verifyInterval;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the router.
     *
     * @return the router
     */
    public TrafficRouter createRouter() {
        return new CommandRouter(this);
    }

    public CommandTemplate applyCommand() {
        return applyCommand;
    }

    public CommandTemplate readCommand() {
        return readCommand;
    }

    public String target(final Color color) {
        return color == Color.BLUE ? blueTarget : greenTarget;
    }

    public CommandRunner runner() {
        return runner;
    }

    public TimeSpan commandTimeout() {
        return commandTimeout;
    }

    public TimeSpan verifyTimeout() {
        return verifyTimeout;
    }

    public TimeSpan verifyInterval() {
        return verifyInterval;
    }

    /** Collects and validates the settings. */
    public static final class Builder {
        private String applyCommand = "";
        private String readCommand = "";
        private String blueTarget = "";
        private String greenTarget = "";

        @CheckForNull
        private CommandRunner runner;

        private TimeSpan commandTimeout = TimeSpan.ofMinutes(2);
        private TimeSpan verifyTimeout = TimeSpan.ofSeconds(30);
        private TimeSpan verifyInterval = TimeSpan.ofSeconds(1);

        private Builder() {}

        public Builder applyCommand(final String value) {
            this.applyCommand = value;
            return this;
        }

        public Builder readCommand(final String value) {
            this.readCommand = value;
            return this;
        }

        public Builder blueTarget(final String value) {
            this.blueTarget = value;
            return this;
        }

        public Builder greenTarget(final String value) {
            this.greenTarget = value;
            return this;
        }

        public Builder runner(final CommandRunner value) {
            this.runner = value;
            return this;
        }

        public Builder commandTimeout(final TimeSpan value) {
            this.commandTimeout = value;
            return this;
        }

        public Builder verifyTimeout(final TimeSpan value) {
            this.verifyTimeout = value;
            return this;
        }

        public Builder verifyInterval(final TimeSpan value) {
            this.verifyInterval = value;
            return this;
        }

        /**
         * Validates and creates the settings.
         *
         * @return the settings
         * @throws InvalidInputException naming the first bad parameter
         */
        public CommandRouterSettings build() {
            CommandRunner commands = SettingsCheck.runner(runner, "The command router");
            SettingsCheck.positive("commandTimeout", commandTimeout);
            SettingsCheck.positive("verifyInterval", verifyInterval);
            return new CommandRouterSettings(this, commands);
        }
    }
}
