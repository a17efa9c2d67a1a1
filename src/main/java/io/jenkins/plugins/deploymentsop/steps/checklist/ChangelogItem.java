package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code changelog(file: 'CHANGELOG.md')}: the changelog names the release. */
public class ChangelogItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String file = "";
    private String version = "";

    /** Creates the item; without fields it configures the template's {@code changelog} item as it is. */
    @DataBoundConstructor
    public ChangelogItem() {
        // every field is optional
    }

    public String getFile() {
        return file;
    }

    /** @param file the changelog in the workspace; empty for {@code CHANGELOG.md} */
    @DataBoundSetter
    public void setFile(final String file) {
        this.file = ChecklistParameters.workspacePath("file", file);
    }

    public String getVersion() {
        return version;
    }

    /** @param version the version to look for; empty for the step's {@code release} */
    @DataBoundSetter
    public void setVersion(final String version) {
        this.version = version.trim();
    }

    @Override
    public String type() {
        return "changelog";
    }

    @Override
    protected String defaultId() {
        return "changelog";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putText(fields, "file", file);
        putText(fields, "version", version);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("changelog")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Changelog has an entry for the release";
        }
    }
}
