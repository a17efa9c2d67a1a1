package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.deploymentsop.health.HttpProbeSettings;
import java.io.Serializable;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code header(name: 'X-Env', value: 'production')}: a header an HTTP health check sends with every request. Use
 * {@code credentialsId} for {@code Authorization}, never a header: headers are stored in the build in clear text.
 */
public final class HttpHeader extends AbstractDescribableImpl<HttpHeader> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String value;

    /**
     * Creates the header.
     *
     * @param name the header name, e.g. {@code X-Env}
     * @param value its value, on one line
     */
    @DataBoundConstructor
    public HttpHeader(final String name, final String value) {
        ParameterValues.given("name", name);
        ParameterValues.given("value", value);
        HttpProbeSettings.builder("http://localhost/").header(name.trim(), value); // validates both
        this.name = name.trim();
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    /** The {@code header} symbol. */
    @Extension
    @Symbol("header")
    public static class DescriptorImpl extends Descriptor<HttpHeader> {
        @Override
        public String getDisplayName() {
            return "HTTP header";
        }
    }
}
