package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code stagedFirst(environment: 'staging', within: '7d')}: the same service and release went to a lower
 * environment first, and its latest deployment there succeeded. Earlier deployments come from the controller's
 * deployment index (the one the DORA pages read).
 */
public class StagedFirstItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private final String environment;
    private String within = "";

    /**
     * Creates the item.
     *
     * @param environment the environment the release must have passed first, e.g. {@code staging}
     */
    @DataBoundConstructor
    public StagedFirstItem(final String environment) {
        this.environment = ChecklistParameters.environment(
                notBlank("environment", environment, "the environment the release must pass first, e.g. staging"));
    }

    public String getEnvironment() {
        return environment;
    }

    public String getWithin() {
        return within;
    }

    /** @param within how recent that deployment must be, e.g. {@code 7d}; empty for any age */
    @DataBoundSetter
    public void setWithin(final String within) {
        this.within = ChecklistParameters.timeSpan("within", within);
    }

    @Override
    public String type() {
        return "stagedFirst";
    }

    @Override
    protected String defaultId() {
        return "staged-first";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        fields.put("environment", environment);
        putText(fields, "within", within);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("stagedFirst")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Release deployed to staging first";
        }
    }
}
