package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code documents(id: 'runbook', files: 'docs/runbook.md')}: required files exist and are not blank. */
public class DocumentsItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String files = "";

    /**
     * Creates the item.
     *
     * @param files the required files, comma-separated; entries may use wildcards
     */
    @DataBoundConstructor
    public DocumentsItem(final String files) {
        this.files = notBlank("files", files, "the required files, comma-separated, e.g. docs/runbook.md");
    }

    public String getFiles() {
        return files;
    }

    @Override
    public String type() {
        return "documents";
    }

    @Override
    protected String defaultId() {
        return "documents";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putList(fields, "files", files);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("documents")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Required documents present";
        }
    }
}
