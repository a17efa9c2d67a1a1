package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.TcpProbe;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code tcp(port: 5432)}: the colour's host accepts TCP connections on a port (by default the port of the colour's
 * URL). Runs on the build's agent.
 */
public final class TcpHealthCheck extends HealthCheckConfiguration {
    private static final long serialVersionUID = 1L;

    private int port;
    private String timeout = "5s";

    /** Creates the health check; without {@code port} it connects to the port of the colour's URL. */
    @DataBoundConstructor
    public TcpHealthCheck() {
        super();
    }

    public int getPort() {
        return port;
    }

    /** @param port the port, 1 to 65535; 0 (default): the port of the colour's URL */
    @DataBoundSetter
    public void setPort(final int port) {
        this.port = ParameterValues.range("port", port, 0, 65_535);
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long one connection attempt may take */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        ParameterValues.given("timeout", timeout);
        this.timeout = ParameterValues.positiveDuration("timeout", timeout);
    }

    @Override
    public HealthProbe createProbe(final ProbeTarget target) {
        ColorTargets targets = target.targets();
        return new TcpProbe(
                targets.host(target.color()),
                port == 0 ? targets.port(target.color()) : port,
                TimeSpan.valueOf("timeout", timeout));
    }

    /** The {@code tcp} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("tcp")
    public static class DescriptorImpl extends HealthCheckDescriptor {
        @Override
        public String getDisplayName() {
            return "TCP connection";
        }

        /**
         * Validates the port.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckPort(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.range("port", value, 0, 65_535));
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
