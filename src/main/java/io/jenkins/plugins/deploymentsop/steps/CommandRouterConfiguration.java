package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.CommandRouterSettings;
import io.jenkins.plugins.deploymentsop.traffic.CommandTemplate;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code command(...)}: any other load balancer, driven by two commands of the user's on the build's agent: one
 * applies a split ({@code {blue}}, {@code {green}}, {@code {blueWeight}}, {@code {greenWeight}}), one prints the split
 * served ({@code {blue}}, {@code {green}}). Mirrors {@link CommandRouterSettings}.
 */
public final class CommandRouterConfiguration extends RouterConfiguration {
    private static final long serialVersionUID = 1L;

    private final String applyCommand;
    private final String readCommand;
    private String commandTimeout = "2m";
    private String verifyTimeout = "30s";
    private String verifyInterval = "1s";

    /**
     * Creates the router configuration.
     *
     * @param applyCommand sets the split, e.g. {@code ./lb-set.sh {blue}={blueWeight} {green}={greenWeight}}
     * @param readCommand prints the split served, e.g. {@code ./lb-get.sh} printing {@code blue=90 green=10}
     */
    @DataBoundConstructor
    public CommandRouterConfiguration(final String applyCommand, final String readCommand) {
        ParameterValues.given("applyCommand", applyCommand);
        ParameterValues.given("readCommand", readCommand);
        CommandTemplate.parse("applyCommand", applyCommand, CommandRouterSettings.APPLY_PLACEHOLDERS);
        CommandTemplate.parse("readCommand", readCommand, CommandRouterSettings.READ_PLACEHOLDERS);
        this.applyCommand = applyCommand.trim();
        this.readCommand = readCommand.trim();
    }

    public String getApplyCommand() {
        return applyCommand;
    }

    public String getReadCommand() {
        return readCommand;
    }

    public String getCommandTimeout() {
        return commandTimeout;
    }

    /** @param commandTimeout how long one run of either command may take */
    @DataBoundSetter
    public void setCommandTimeout(final String commandTimeout) {
        ParameterValues.given("commandTimeout", commandTimeout);
        this.commandTimeout = ParameterValues.positiveDuration("commandTimeout", commandTimeout);
    }

    public String getVerifyTimeout() {
        return verifyTimeout;
    }

    /** @param verifyTimeout how long the read command may take to show a new split */
    @DataBoundSetter
    public void setVerifyTimeout(final String verifyTimeout) {
        ParameterValues.given("verifyTimeout", verifyTimeout);
        this.verifyTimeout = ParameterValues.positiveDuration("verifyTimeout", verifyTimeout);
    }

    public String getVerifyInterval() {
        return verifyInterval;
    }

    /** @param verifyInterval the wait between two runs of the read command while verifying */
    @DataBoundSetter
    public void setVerifyInterval(final String verifyInterval) {
        ParameterValues.given("verifyInterval", verifyInterval);
        this.verifyInterval = ParameterValues.positiveDuration("verifyInterval", verifyInterval);
    }

    /**
     * Maps the configuration onto the engine's settings.
     *
     * @param targets the values of {@code {blue}} and {@code {green}}
     * @param commands where the commands run: the build's agent
     * @return the settings
     */
    public CommandRouterSettings toSettings(final ColorTargets targets, final CommandRunner commands) {
        return CommandRouterSettings.builder()
                .applyCommand(applyCommand)
                .readCommand(readCommand)
                .blueTarget(targets.url(Color.BLUE))
                .greenTarget(targets.url(Color.GREEN))
                .runner(commands)
                .commandTimeout(TimeSpan.valueOf("commandTimeout", commandTimeout))
                .verifyTimeout(TimeSpan.valueOf("verifyTimeout", verifyTimeout))
                .verifyInterval(TimeSpan.valueOf("verifyInterval", verifyInterval))
                .build();
    }

    @Override
    public TrafficRouter createRouter(final ColorTargets targets, final CommandRunner commands) {
        return toSettings(targets, commands).createRouter();
    }

    /** The {@code command} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("command")
    public static class DescriptorImpl extends RouterDescriptor {
        @Override
        public String getDisplayName() {
            return "Commands of your own (any load balancer)";
        }

        /**
         * Validates the apply command and its placeholders.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckApplyCommand(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> CommandTemplate.parse("applyCommand", value, CommandRouterSettings.APPLY_PLACEHOLDERS));
        }

        /**
         * Validates the read command and its placeholders.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckReadCommand(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> CommandTemplate.parse("readCommand", value, CommandRouterSettings.READ_PLACEHOLDERS));
        }
    }
}
