package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.HttpProbe;
import io.jenkins.plugins.deploymentsop.health.HttpProbeSettings;
import io.jenkins.plugins.deploymentsop.health.StatusSet;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code http(path: '/health', ...)}: {@code GET <colour URL><path>} with checks of status, body text or regex, a JSON
 * value and the latency; headers and credentials (by ID) are sent with every request. Runs on the build's agent.
 */
public final class HttpHealthCheck extends HealthCheckConfiguration {
    private static final long serialVersionUID = 1L;
    private static final String JSON_EXAMPLE = "e.g. jsonPointer: '/status', jsonEquals: 'UP'";

    private final String path;
    private String expectedStatus = StatusSet.SUCCESSFUL.toString();
    private String bodyContains = "";
    private String bodyRegex = "";
    private String jsonPointer = "";
    private String jsonEquals = "";
    private String maxLatency = "";
    private ArrayList<HttpHeader> headers = new ArrayList<>();
    private String credentialsId = "";
    private String timeout = "5s";

    /**
     * Creates the health check.
     *
     * @param path the path probed on the colour's URL, e.g. {@code /health} or {@code /ready?full=1}
     */
    @DataBoundConstructor
    public HttpHealthCheck(final String path) {
        ParameterValues.given("path", path);
        this.path = checkPath(path);
    }

    static String checkPath(final String path) {
        String trimmed = path.trim();
        if (!trimmed.startsWith("/") || trimmed.startsWith("//") || trimmed.matches(".*[\\s#].*")) {
            throw new InvalidInputException("path", path, "a path starting with /, e.g. /health or /ready?full=1");
        }
        return trimmed;
    }

    public String getPath() {
        return path;
    }

    public String getExpectedStatus() {
        return expectedStatus;
    }

    /** @param expectedStatus accepted statuses, e.g. {@code 200}, {@code 200-299} (default) or {@code 200,204} */
    @DataBoundSetter
    public void setExpectedStatus(final String expectedStatus) {
        ParameterValues.given("expectedStatus", expectedStatus);
        this.expectedStatus = StatusSet.parse("expectedStatus", expectedStatus).toString();
    }

    public String getBodyContains() {
        return bodyContains;
    }

    /** @param bodyContains text the body must contain; empty: not checked */
    @DataBoundSetter
    public void setBodyContains(final String bodyContains) {
        ParameterValues.given("bodyContains", bodyContains);
        this.bodyContains = bodyContains;
    }

    public String getBodyRegex() {
        return bodyRegex;
    }

    /** @param bodyRegex a Java regular expression the body must contain a match of; empty: not checked */
    @DataBoundSetter
    public void setBodyRegex(final String bodyRegex) {
        ParameterValues.given("bodyRegex", bodyRegex);
        this.bodyRegex = checkRegex(bodyRegex);
    }

    static String checkRegex(final String regex) {
        try {
            Pattern.compile(regex);
            return regex;
        } catch (PatternSyntaxException exception) {
            throw new InvalidInputException(
                    "bodyRegex", regex, "a Java regular expression (" + exception.getDescription() + ")");
        }
    }

    public String getJsonPointer() {
        return jsonPointer;
    }

    /** @param jsonPointer where in the JSON body {@code jsonEquals} must be found, e.g. {@code /status} */
    @DataBoundSetter
    public void setJsonPointer(final String jsonPointer) {
        ParameterValues.given("jsonPointer", jsonPointer);
        if (!jsonPointer.isBlank()) {
            HttpProbeSettings.builder("http://localhost/").jsonEquals(jsonPointer.trim(), ""); // validates it
        }
        this.jsonPointer = jsonPointer.trim();
    }

    public String getJsonEquals() {
        return jsonEquals;
    }

    /** @param jsonEquals the value expected at {@code jsonPointer}, as text: {@code UP}, {@code true}, {@code 3} */
    @DataBoundSetter
    public void setJsonEquals(final String jsonEquals) {
        ParameterValues.given("jsonEquals", jsonEquals);
        this.jsonEquals = jsonEquals;
    }

    public String getMaxLatency() {
        return maxLatency;
    }

    /** @param maxLatency the slowest acceptable answer, e.g. {@code 500ms}; empty: not checked */
    @DataBoundSetter
    public void setMaxLatency(final String maxLatency) {
        ParameterValues.given("maxLatency", maxLatency);
        this.maxLatency = maxLatency.isBlank() ? "" : ParameterValues.positiveDuration("maxLatency", maxLatency);
    }

    public List<HttpHeader> getHeaders() {
        return List.copyOf(headers);
    }

    /** @param headers headers sent with every request, e.g. {@code [header(name: 'Host', value: 'shop.example')]} */
    @DataBoundSetter
    public void setHeaders(@CheckForNull final List<HttpHeader> headers) {
        this.headers = headers == null ? new ArrayList<>() : new ArrayList<>(headers);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /**
     * Sets the credentials sent as {@code Authorization}.
     *
     * @param credentialsId the ID of a "username with password" (basic) or "secret text" (bearer token) credential;
     *     empty: none
     */
    @DataBoundSetter
    public void setCredentialsId(final String credentialsId) {
        ParameterValues.given("credentialsId", credentialsId);
        this.credentialsId = credentialsId.trim();
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long one request may take */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        ParameterValues.given("timeout", timeout);
        this.timeout = ParameterValues.positiveDuration("timeout", timeout);
    }

    /**
     * Maps the check onto the engine's settings for one colour.
     *
     * @param target the colour and where credentials come from
     * @return the settings
     */
    public HttpProbeSettings toSettings(final ProbeTarget target) {
        HttpProbeSettings.Builder settings = HttpProbeSettings.builder(target.url() + path)
                .statuses(StatusSet.parse("expectedStatus", expectedStatus))
                .timeout(TimeSpan.valueOf("timeout", timeout));
        if (!bodyContains.isEmpty()) {
            settings.bodyContains(bodyContains);
        }
        if (!bodyRegex.isEmpty()) {
            settings.bodyMatches(checkRegex(bodyRegex));
        }
        if (!jsonPointer.isEmpty()) {
            if (jsonEquals.isEmpty()) {
                throw new InvalidInputException("jsonEquals", "", "the value expected at jsonPointer, " + JSON_EXAMPLE);
            }
            settings.jsonEquals(jsonPointer, jsonEquals);
        } else if (!jsonEquals.isEmpty()) {
            throw new InvalidInputException("jsonPointer", "", "where jsonEquals is expected, " + JSON_EXAMPLE);
        }
        if (!maxLatency.isEmpty()) {
            settings.maxLatency(TimeSpan.valueOf("maxLatency", maxLatency));
        }
        headers.forEach(header -> settings.header(header.getName(), header.getValue()));
        if (!credentialsId.isEmpty()) {
            settings.credentials(target.credentials().find(credentialsId));
        }
        return settings.build();
    }

    @Override
    public Optional<String> credentialsId() {
        return credentialsId.isEmpty() ? Optional.empty() : Optional.of(credentialsId);
    }

    @Override
    public HealthProbe createProbe(final ProbeTarget target) {
        return new HttpProbe(toSettings(target));
    }

    /** The {@code http} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("http")
    public static class DescriptorImpl extends HealthCheckDescriptor {
        @Override
        public String getDisplayName() {
            return "HTTP(S) request";
        }

        /**
         * Validates the path.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckPath(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> checkPath(value));
        }

        /**
         * Validates the accepted statuses.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckExpectedStatus(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> StatusSet.parse("expectedStatus", value));
        }

        /**
         * Validates the regular expression.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckBodyRegex(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> checkRegex(value));
        }

        /**
         * Validates the maximum latency.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckMaxLatency(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    ParameterValues.positiveDuration("maxLatency", value);
                }
            });
        }

        /**
         * Lists the credentials a health check may send.
         *
         * @param item the job
         * @param credentialsId the current value
         * @return the choices
         */
        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath final Item item, @QueryParameter final String credentialsId) {
            return ProbeCredentialsLookup.choices(item, credentialsId);
        }
    }
}
