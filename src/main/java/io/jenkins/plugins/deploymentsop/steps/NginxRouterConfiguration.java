package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.NginxSettings;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code nginx(...)}: an nginx that divides traffic by a managed file, either an upstream include plus a reload
 * ({@code mode: 'reload'}) or a JSON state file read by njs on every request ({@code mode: 'dynamic'}). Mirrors
 * {@link NginxSettings}; docs/routers.md shows the nginx side.
 */
public final class NginxRouterConfiguration extends RouterConfiguration {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String upstream;
    private final String statusUrl;
    private String mode = NginxMode.RELOAD.toString();
    private String blueServer = "";
    private String greenServer = "";
    private int keepalive;
    private String testCommand = "nginx -t -q";
    private String reloadCommand = "nginx -s reload";
    private String commandTimeout = "30s";
    private String verifyTimeout = "10s";

    /**
     * Creates the router configuration.
     *
     * @param file the managed file: the upstream include (reload mode) or the JSON state file (dynamic mode)
     * @param upstream the upstream name (reload mode) or the prefix of {@code <upstream>_blue}/{@code _green}
     * @param statusUrl the loopback status location, e.g. {@code http://127.0.0.1/__deploymentsop/split}
     */
    @DataBoundConstructor
    public NginxRouterConfiguration(final String file, final String upstream, final String statusUrl) {
        ParameterValues.given("file", file);
        ParameterValues.given("upstream", upstream);
        ParameterValues.given("statusUrl", statusUrl);
        this.file = ParameterValues.absolutePath("file", file).toString();
        this.upstream = ParameterValues.required("upstream", upstream, "the nginx upstream name, e.g. shop");
        this.statusUrl = ParameterValues.required(
                "statusUrl", statusUrl, "the status location, e.g. http://127.0.0.1/__deploymentsop/split");
    }

    public String getFile() {
        return file;
    }

    public String getUpstream() {
        return upstream;
    }

    public String getStatusUrl() {
        return statusUrl;
    }

    public String getMode() {
        return mode;
    }

    /** @param mode {@code reload} (any nginx) or {@code dynamic} (njs, no reload) */
    @DataBoundSetter
    public void setMode(final String mode) {
        ParameterValues.given("mode", mode);
        this.mode = NginxMode.parse(mode).toString();
    }

    public String getBlueServer() {
        return blueServer;
    }

    /** @param blueServer the nginx server address of blue (reload mode); empty: host:port of {@code blue:} */
    @DataBoundSetter
    public void setBlueServer(final String blueServer) {
        ParameterValues.given("blueServer", blueServer);
        this.blueServer = blueServer.trim();
    }

    public String getGreenServer() {
        return greenServer;
    }

    /** @param greenServer the nginx server address of green (reload mode); empty: host:port of {@code green:} */
    @DataBoundSetter
    public void setGreenServer(final String greenServer) {
        ParameterValues.given("greenServer", greenServer);
        this.greenServer = greenServer.trim();
    }

    public int getKeepalive() {
        return keepalive;
    }

    /** @param keepalive idle upstream connections per worker written into the reload-mode include, 0 for none */
    @DataBoundSetter
    public void setKeepalive(final int keepalive) {
        this.keepalive = ParameterValues.range("keepalive", keepalive, 0, 10_000);
    }

    public String getTestCommand() {
        return testCommand;
    }

    /** @param testCommand validates the configuration on the agent (reload mode), e.g. {@code sudo -n nginx -t -q} */
    @DataBoundSetter
    public void setTestCommand(final String testCommand) {
        ParameterValues.given("testCommand", testCommand);
        this.testCommand = ParameterValues.required("testCommand", testCommand, "a command such as nginx -t -q");
    }

    public String getReloadCommand() {
        return reloadCommand;
    }

    /** @param reloadCommand reloads nginx on the agent (reload mode), e.g. {@code sudo -n nginx -s reload} */
    @DataBoundSetter
    public void setReloadCommand(final String reloadCommand) {
        ParameterValues.given("reloadCommand", reloadCommand);
        this.reloadCommand =
                ParameterValues.required("reloadCommand", reloadCommand, "a command such as nginx -s reload");
    }

    public String getCommandTimeout() {
        return commandTimeout;
    }

    /** @param commandTimeout how long the test or reload command may run */
    @DataBoundSetter
    public void setCommandTimeout(final String commandTimeout) {
        ParameterValues.given("commandTimeout", commandTimeout);
        this.commandTimeout = ParameterValues.positiveDuration("commandTimeout", commandTimeout);
    }

    public String getVerifyTimeout() {
        return verifyTimeout;
    }

    /** @param verifyTimeout how long to wait for nginx to report the new split */
    @DataBoundSetter
    public void setVerifyTimeout(final String verifyTimeout) {
        ParameterValues.given("verifyTimeout", verifyTimeout);
        this.verifyTimeout = ParameterValues.positiveDuration("verifyTimeout", verifyTimeout);
    }

    /**
     * Maps the configuration onto the engine's settings.
     *
     * @param targets the colours' URLs, for the default server addresses
     * @param commands where the test and reload commands run
     * @return the settings
     */
    public NginxSettings toSettings(final ColorTargets targets, final CommandRunner commands) {
        return NginxSettings.builder()
                .mode(NginxMode.parse(mode))
                .file(ParameterValues.absolutePath("file", file))
                .upstream(upstream)
                .blueServer(blueServer.isEmpty() ? targets.authority(Color.BLUE) : blueServer)
                .greenServer(greenServer.isEmpty() ? targets.authority(Color.GREEN) : greenServer)
                .keepalive(keepalive)
                .statusUrl(statusUrl)
                .testCommand(List.of(testCommand))
                .reloadCommand(List.of(reloadCommand))
                .runner(commands)
                .commandTimeout(TimeSpan.valueOf("commandTimeout", commandTimeout))
                .verifyTimeout(TimeSpan.valueOf("verifyTimeout", verifyTimeout))
                .build();
    }

    @Override
    public TrafficRouter createRouter(final ColorTargets targets, final CommandRunner commands) {
        return toSettings(targets, commands).createRouter();
    }

    /** The {@code nginx} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("nginx")
    public static class DescriptorImpl extends RouterDescriptor {
        @Override
        public String getDisplayName() {
            return "nginx (managed upstream include or njs state file)";
        }

        /**
         * Validates the mode.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckMode(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> NginxMode.parse(value));
        }

        /**
         * Validates the managed file.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckFile(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.absolutePath("file", value));
        }

        /**
         * Validates the verification timeout.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckVerifyTimeout(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.positiveDuration("verifyTimeout", value));
        }

        /**
         * Validates the command timeout.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckCommandTimeout(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.positiveDuration("commandTimeout", value));
        }
    }
}
