package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code manual(id: 'security-sign-off', groups: 'security')}: a person confirms on the build page. */
public class ManualItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String users = "";
    private String groups = "";
    private String timeout = "";
    private String instructions = "";

    /**
     * Creates the item.
     *
     * @param id the item id, e.g. {@code security-sign-off}
     */
    @DataBoundConstructor
    public ManualItem(final String id) {
        setId(notBlank("id", id, "the id of the sign-off, e.g. security-sign-off"));
    }

    public String getUsers() {
        return users;
    }

    /** @param users user ids allowed to decide, comma-separated; none and no groups: anyone who may build the job */
    @DataBoundSetter
    public void setUsers(final String users) {
        this.users = users.trim();
    }

    public String getGroups() {
        return groups;
    }

    /** @param groups groups allowed to decide, comma-separated */
    @DataBoundSetter
    public void setGroups(final String groups) {
        this.groups = groups.trim();
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long to wait, e.g. {@code 4h}; empty for the step's {@code timeout} */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        this.timeout = ChecklistParameters.timeSpan("timeout", timeout);
    }

    public String getInstructions() {
        return instructions;
    }

    /** @param instructions what the person confirms, shown on the build page */
    @DataBoundSetter
    public void setInstructions(final String instructions) {
        this.instructions = instructions.trim();
    }

    @Override
    public String type() {
        return "manual";
    }

    @Override
    protected String defaultId() {
        return "manual";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putList(fields, "users", users);
        putList(fields, "groups", groups);
        putText(fields, "timeout", timeout);
        putText(fields, "instructions", instructions);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("manual")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "A person signs off";
        }
    }
}
