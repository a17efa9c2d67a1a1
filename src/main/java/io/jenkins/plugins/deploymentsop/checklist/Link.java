package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;

/**
 * A link shown with an item's details, e.g. the checked endpoint or a report file.
 *
 * @param label what the link points to
 * @param url the address or the workspace-relative path
 */
public record Link(String label, String url) implements Serializable {
    private static final long serialVersionUID = 1L;
}
