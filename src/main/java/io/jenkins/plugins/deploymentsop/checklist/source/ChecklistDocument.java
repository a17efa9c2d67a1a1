package io.jenkins.plugins.deploymentsop.checklist.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.Approvers;
import java.util.List;
import java.util.Optional;

/**
 * One source of items: a template, a checklist file or the Pipeline's items, with who may waive failed automated
 * items if the source says so.
 */
public final class ChecklistDocument {
    private final String source;
    private final List<ItemDraft> items;

    @CheckForNull
    private final Approvers waivers;

    /**
     * Creates a document.
     *
     * @param source its name, e.g. {@code deploy/checklist.yaml}
     * @param items its item drafts in written order
     * @param waivers who may waive failed automated items, if set
     */
    public ChecklistDocument(final String source, final List<ItemDraft> items, final Optional<Approvers> waivers) {
        this.source = source;
        this.items = List.copyOf(items);
        this.waivers = waivers.orElse(null);
    }

    public String source() {
        return source;
    }

    public List<ItemDraft> items() {
        return items;
    }

    public Optional<Approvers> waivers() {
        return Optional.ofNullable(waivers);
    }
}
