package io.jenkins.plugins.deploymentsop.checklist.source;

import io.jenkins.plugins.deploymentsop.checklist.config.ConfigMap;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigValue;
import io.jenkins.plugins.deploymentsop.checklist.config.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the Pipeline's items (each a map of fields, as the step's nested describables produce them, with a
 * {@code type}) into a document, so they are validated exactly like file items.
 */
public final class PipelineItems {
    /** How Pipeline items are named in messages. */
    public static final String SOURCE = "Pipeline items";

    private PipelineItems() {}

    /**
     * Converts the items.
     *
     * @param items one map of fields per item (strings, numbers, booleans, lists, maps)
     * @return the document
     */
    public static ChecklistDocument of(final List<? extends Map<String, ?>> items) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SourceLocation location = SourceLocation.of(SOURCE + "[" + i + "]");
            ConfigMap fields = (ConfigMap) ConfigValue.fromJava(items.get(i), location);
            drafts.add(new ItemDraft(fields, SOURCE, location.toString()));
        }
        return new ChecklistDocument(SOURCE, drafts, java.util.Optional.empty());
    }
}
