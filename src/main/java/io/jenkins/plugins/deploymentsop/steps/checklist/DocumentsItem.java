package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import io.jenkins.plugins.deploymentsop.checklist.check.DocumentsCheck;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code documents(id: 'runbook', files: 'docs/runbook.md', changedSince: 'v1.3.0')}: required files exist and are not
 * blank, and, when asked, git confirms they were updated since a revision or within a time.
 */
public class DocumentsItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String files = "";
    private String changedSince = "";
    private String changedWithin = "";

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

    public String getChangedSince() {
        return changedSince;
    }

    /**
     * @param changedSince a git revision each document must differ from, e.g. the last release's tag {@code v1.3.0};
     *     empty for no such check
     */
    @DataBoundSetter
    public void setChangedSince(final String changedSince) {
        this.changedSince = changedSince == null || changedSince.isBlank()
                ? ""
                : DocumentsCheck.checkRevision("changedSince", changedSince);
    }

    public String getChangedWithin() {
        return changedWithin;
    }

    /** @param changedWithin how recently a commit must have touched each document, e.g. {@code 90d}; empty for any */
    @DataBoundSetter
    public void setChangedWithin(final String changedWithin) {
        this.changedWithin = ChecklistParameters.timeSpan("changedWithin", changedWithin);
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
        putText(fields, "changedSince", changedSince);
        putText(fields, "changedWithin", changedWithin);
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
