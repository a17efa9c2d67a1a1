package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code httpCheck(url: ...)}: an endpoint answers healthily. Named {@code httpCheck} rather than {@code http} so it
 * never reads like the health probes of the rollout steps.
 */
public class HttpCheckItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private final String url;
    private String expectedStatus = "";
    private String bodyContains = "";
    private String jsonPointer = "";
    private String jsonValue = "";
    private String maxLatency = "";
    private String timeout = "";

    @CheckForNull
    private Integer retries;

    /**
     * Creates the item; its default id {@code health} configures the templates' health item.
     *
     * @param url the endpoint, {@code http://} or {@code https://}
     */
    @DataBoundConstructor
    public HttpCheckItem(final String url) {
        this.url = ChecklistParameters.httpUrl("url", url);
    }

    public String getUrl() {
        return url;
    }

    public String getExpectedStatus() {
        return expectedStatus;
    }

    /** @param expectedStatus accepted statuses, e.g. {@code 200}, {@code 2xx}, {@code 200-299} */
    @DataBoundSetter
    public void setExpectedStatus(final String expectedStatus) {
        this.expectedStatus = expectedStatus.trim();
    }

    public String getBodyContains() {
        return bodyContains;
    }

    /** @param bodyContains text the body must contain */
    @DataBoundSetter
    public void setBodyContains(final String bodyContains) {
        this.bodyContains = bodyContains;
    }

    public String getJsonPointer() {
        return jsonPointer;
    }

    /** @param jsonPointer a JSON pointer into the body that must have a value, e.g. {@code /status} */
    @DataBoundSetter
    public void setJsonPointer(final String jsonPointer) {
        this.jsonPointer = jsonPointer.trim();
    }

    public String getJsonValue() {
        return jsonValue;
    }

    /** @param jsonValue the value expected at the pointer */
    @DataBoundSetter
    public void setJsonValue(final String jsonValue) {
        this.jsonValue = jsonValue;
    }

    public String getMaxLatency() {
        return maxLatency;
    }

    /** @param maxLatency the longest acceptable answer time, e.g. {@code 500ms} */
    @DataBoundSetter
    public void setMaxLatency(final String maxLatency) {
        this.maxLatency = ChecklistParameters.timeSpan("maxLatency", maxLatency);
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout per request, e.g. {@code 10s} */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        this.timeout = ChecklistParameters.timeSpan("timeout", timeout);
    }

    @CheckForNull
    public Integer getRetries() {
        return retries;
    }

    /** @param retries further attempts after a failed one (0 to 10) */
    @DataBoundSetter
    public void setRetries(@CheckForNull final Integer retries) {
        if (retries != null && (retries < 0 || retries > 10)) {
            throw new InvalidInputException("retries", String.valueOf(retries), "a whole number from 0 to 10");
        }
        this.retries = retries;
    }

    @Override
    public String type() {
        return "http";
    }

    @Override
    protected String defaultId() {
        return "health";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        fields.put("url", url);
        putText(fields, "expectedStatus", expectedStatus);
        putText(fields, "bodyContains", bodyContains);
        putText(fields, "jsonPointer", jsonPointer);
        putText(fields, "jsonValue", jsonValue);
        putText(fields, "maxLatency", maxLatency);
        putText(fields, "timeout", timeout);
        if (retries != null) {
            fields.put("retries", retries);
        }
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("httpCheck")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Endpoint health (HTTP)";
        }
    }
}
