package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.traffic.HaproxySettings;
import io.jenkins.plugins.deploymentsop.traffic.HaproxyZeroState;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Locale;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code haproxy(...)}: HAProxy driven through its Runtime API (weights and server states, read back with
 * {@code show servers state}); no reload, no command. Mirrors {@link HaproxySettings}.
 */
public final class HaproxyRouterConfiguration extends RouterConfiguration {
    private static final long serialVersionUID = 1L;

    private final String socket;
    private final String backend;
    private String blueServer = "blue";
    private String greenServer = "green";
    private String zeroWeightState = "drain";
    private String stateFile = "";
    private String timeout = "5s";

    /**
     * Creates the router configuration.
     *
     * @param socket the Runtime API: {@code /run/haproxy/admin.sock}, {@code unix:/path}, {@code 127.0.0.1:9999}
     *     or {@code tcp:host:port}, with {@code level admin}
     * @param backend the backend that holds the blue and the green server
     */
    @DataBoundConstructor
    public HaproxyRouterConfiguration(final String socket, final String backend) {
        ParameterValues.given("socket", socket);
        ParameterValues.given("backend", backend);
        this.socket = socket.trim();
        this.backend = backend.trim();
        HaproxySettings.builder().socket(this.socket).backend(this.backend).build(); // validates both
    }

    public String getSocket() {
        return socket;
    }

    public String getBackend() {
        return backend;
    }

    public String getBlueServer() {
        return blueServer;
    }

    /** @param blueServer the server name of blue in the backend */
    @DataBoundSetter
    public void setBlueServer(final String blueServer) {
        ParameterValues.given("blueServer", blueServer);
        this.blueServer = checkServer("blueServer", blueServer);
    }

    public String getGreenServer() {
        return greenServer;
    }

    /** @param greenServer the server name of green in the backend */
    @DataBoundSetter
    public void setGreenServer(final String greenServer) {
        ParameterValues.given("greenServer", greenServer);
        this.greenServer = checkServer("greenServer", greenServer);
    }

    // lets the engine judge one server name; the other one is any valid name that differs
    private static String checkServer(final String parameter, final String value) {
        String name = value.trim();
        String other = "blue".equals(name) ? "green" : "blue";
        boolean blue = "blueServer".equals(parameter);
        HaproxySettings.builder()
                .socket("127.0.0.1:9999")
                .backend("backend")
                .blueServer(blue ? name : other)
                .greenServer(blue ? other : name)
                .build();
        return name;
    }

    public String getZeroWeightState() {
        return zeroWeightState;
    }

    /** @param zeroWeightState {@code drain} (default: requests in flight finish) or {@code maint} */
    @DataBoundSetter
    public void setZeroWeightState(final String zeroWeightState) {
        ParameterValues.given("zeroWeightState", zeroWeightState);
        this.zeroWeightState = HaproxyZeroState.parse(zeroWeightState).name().toLowerCase(Locale.ROOT);
    }

    public String getStateFile() {
        return stateFile;
    }

    /** @param stateFile the {@code server-state-file} HAProxy loads on reload; empty: none */
    @DataBoundSetter
    public void setStateFile(final String stateFile) {
        ParameterValues.given("stateFile", stateFile);
        this.stateFile = stateFile.isBlank()
                ? ""
                : ParameterValues.absolutePath("stateFile", stateFile).toString();
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long one Runtime API call may take */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        ParameterValues.given("timeout", timeout);
        this.timeout = ParameterValues.positiveDuration("timeout", timeout);
    }

    /**
     * Maps the configuration onto the engine's settings.
     *
     * @return the settings
     */
    public HaproxySettings toSettings() {
        return HaproxySettings.builder()
                .socket(socket)
                .backend(backend)
                .blueServer(blueServer)
                .greenServer(greenServer)
                .zeroWeightState(HaproxyZeroState.parse(zeroWeightState))
                .stateFile(stateFile.isEmpty() ? null : ParameterValues.absolutePath("stateFile", stateFile))
                .timeout(TimeSpan.valueOf("timeout", timeout))
                .build();
    }

    @Override
    public TrafficRouter createRouter(final ColorTargets targets, final CommandRunner commands) {
        return toSettings().createRouter();
    }

    /** The {@code haproxy} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("haproxy")
    public static class DescriptorImpl extends RouterDescriptor {
        @Override
        public String getDisplayName() {
            return "HAProxy (Runtime API)";
        }

        /**
         * Validates the Runtime API address.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckSocket(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> HaproxySettings.builder()
                    .socket(value.trim())
                    .backend("backend")
                    .build());
        }

        /**
         * Validates the zero-weight state.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckZeroWeightState(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> HaproxyZeroState.parse(value));
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
