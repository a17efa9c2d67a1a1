package io.jenkins.plugins.deploymentsop.checklist.source;

import io.jenkins.plugins.deploymentsop.checklist.Check;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.checklist.ItemGroup;
import io.jenkins.plugins.deploymentsop.checklist.Severity;
import io.jenkins.plugins.deploymentsop.checklist.check.CheckType;
import io.jenkins.plugins.deploymentsop.checklist.check.InvalidItemCheck;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigException;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import java.util.List;
import java.util.Optional;

/**
 * Validates a merged draft into an item: the common fields ({@code id}, {@code type}, {@code title}, {@code group},
 * {@code severity}, {@code enabled}), then the type's own fields, then no unknown field. A draft with a problem
 * becomes an item whose check is an ERROR naming the location, so the rest of the checklist still runs.
 */
final class ItemFactory {
    private ItemFactory() {}

    /**
     * Creates the item.
     *
     * @param draft the merged draft
     * @param fallbackId the id to use if the draft's is missing or invalid
     * @param problems where configuration problems are added
     * @return the item
     */
    static ChecklistItem create(final ItemDraft draft, final String fallbackId, final List<String> problems) {
        ItemFields fields = new ItemFields(draft.fields(), draft.idOrNull());
        String id = fallbackId;
        String typeName = draft.type().orElse("");
        Optional<CheckType> type = CheckType.named(typeName);
        String title = "";
        ItemGroup group = type.map(CheckType::defaultGroup).orElse(ItemGroup.CODE_QUALITY);
        Severity severity = Severity.BLOCKING;
        try {
            id = fields.parsed("id", ChecklistItem::validateId)
                    .orElseThrow(() -> fields.missing("id", "a unique id, " + ChecklistItem.ID_RULE));
            fields.string("type", "one of " + CheckType.names());
            if (type.isEmpty()) {
                throw fields.invalid("type", "one of " + CheckType.names());
            }
            title = fields.optionalString("title").orElse(type.get().defaultTitle());
            group = fields.parsed("group", ItemGroup::parse).orElse(group);
            severity = fields.parsed("severity", Severity::parse).orElse(severity);
            fields.bool("enabled");
            Check check = type.get().read(fields);
            fields.rejectUnknown();
            return new ChecklistItem(id, title, group, severity, check, draft.origin());
        } catch (ConfigException exception) {
            String problem = exception.getMessage() + hint(draft);
            problems.add(problem);
            return new ChecklistItem(
                    id,
                    title.isEmpty() ? id : title,
                    group,
                    severity,
                    new InvalidItemCheck(typeName, problem),
                    draft.origin());
        }
    }

    private static String hint(final ItemDraft draft) {
        if (!draft.source().startsWith("template ")) {
            return "";
        }
        return String.format(
                " (this item comes from the %s: add an item with id '%s' and the missing fields to the checklist file"
                        + " or the Pipeline items, or set 'enabled: false' there)",
                draft.source(), draft.id().orElse("?"));
    }
}
