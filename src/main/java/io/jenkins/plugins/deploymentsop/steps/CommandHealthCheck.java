package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.health.CommandProbe;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code commandProbe(command: './smoke-test.sh')}: a shell command on the build's agent; exit code 0 is healthy. It
 * sees {@code DEPLOY_COLOR} and {@code DEPLOY_TARGET_URL} of the colour checked. The symbol is not {@code command},
 * which names the command router.
 */
public final class CommandHealthCheck extends HealthCheckConfiguration {
    private static final long serialVersionUID = 1L;

    private final String command;
    private String timeout = "30s";

    /**
     * Creates the health check.
     *
     * @param command the shell command, run with {@code sh -c}
     */
    @DataBoundConstructor
    public CommandHealthCheck(final String command) {
        ParameterValues.given("command", command);
        this.command = checkCommand(command);
    }

    static String checkCommand(final String command) {
        return ParameterValues.required("command", command, "a shell command that exits 0 when healthy");
    }

    public String getCommand() {
        return command;
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long one run of the command may take */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        ParameterValues.given("timeout", timeout);
        this.timeout = ParameterValues.positiveDuration("timeout", timeout);
    }

    @Override
    public HealthProbe createProbe(final ProbeTarget target) {
        return new CommandProbe(
                target.commands(),
                command,
                Map.of("DEPLOY_COLOR", target.color().id(), "DEPLOY_TARGET_URL", target.url()),
                TimeSpan.valueOf("timeout", timeout));
    }

    /** The {@code commandProbe} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("commandProbe")
    public static class DescriptorImpl extends HealthCheckDescriptor {
        @Override
        public String getDisplayName() {
            return "Shell command on the agent";
        }

        /**
         * Validates the command.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckCommand(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> checkCommand(value));
        }

        /**
         * Validates the timeout.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckTimeout(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.positiveDuration("timeout", value));
        }
    }
}
