package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code checksums(file: 'SHA256SUMS', artifacts: 'build/*.jar')}: every file a {@code sha256sum} file lists is in
 * the workspace with that checksum, and every matching artifact is listed. Runs on the agent with the other file
 * checks.
 */
public class ChecksumsItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String file = "";
    private String artifacts = "";

    /** Creates the item; without fields it verifies the files {@code SHA256SUMS} lists. */
    @DataBoundConstructor
    public ChecksumsItem() {
        // every field is optional
    }

    public String getFile() {
        return file;
    }

    /** @param file the checksum file in the workspace; empty for {@code SHA256SUMS} */
    @DataBoundSetter
    public void setFile(final String file) {
        this.file = ChecklistParameters.workspacePath("file", file);
    }

    public String getArtifacts() {
        return artifacts;
    }

    /** @param artifacts patterns of the artifacts that must be listed, comma-separated, e.g. {@code build/*.jar} */
    @DataBoundSetter
    public void setArtifacts(final String artifacts) {
        this.artifacts = artifacts.trim();
    }

    @Override
    public String type() {
        return "checksums";
    }

    @Override
    protected String defaultId() {
        return "checksums";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putText(fields, "file", file);
        putList(fields, "artifacts", artifacts);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("checksums")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Artifacts match their checksums";
        }
    }
}
