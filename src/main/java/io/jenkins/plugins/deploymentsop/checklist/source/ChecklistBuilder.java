package io.jenkins.plugins.deploymentsop.checklist.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.Approvers;
import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.checklist.check.InvalidItemCheck;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigScalar;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigValue;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the sources of a checklist in order (typically: the deployment type's template, the repository's checklist
 * file, the Pipeline's items). An item whose id is already known overrides it in place: with the same type (or none)
 * its fields replace or add to the earlier ones, with another type it replaces the item; {@code enabled: false}
 * removes it. Later {@code waivers} replace earlier ones.
 */
public final class ChecklistBuilder {
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Approvers waivers = Approvers.ANYONE;
    private int anonymous;

    public static ChecklistBuilder create() {
        return new ChecklistBuilder();
    }

    /**
     * Adds the built-in template of a deployment type.
     *
     * @param type the type
     * @return this builder
     */
    public ChecklistBuilder template(final DeploymentType type) {
        return add(Templates.of(type));
    }

    /**
     * Adds a checklist file.
     *
     * @param file the file
     * @param displayName its name in messages (workspace-relative)
     * @return this builder
     * @throws io.jenkins.plugins.deploymentsop.checklist.config.ConfigException if the file is malformed as a whole
     */
    public ChecklistBuilder file(final Path file, final String displayName) {
        return add(ChecklistFileReader.read(file, displayName));
    }

    /**
     * Adds the Pipeline's items.
     *
     * @param items one map of fields per item
     * @return this builder
     */
    public ChecklistBuilder pipelineItems(final List<? extends Map<String, ?>> items) {
        return add(PipelineItems.of(items));
    }

    /**
     * Adds a document of items.
     *
     * @param document the document
     * @return this builder
     */
    public ChecklistBuilder add(final ChecklistDocument document) {
        document.waivers().ifPresent(value -> waivers = value);
        for (ItemDraft draft : document.items()) {
            Optional<String> id = draft.id();
            if (id.isEmpty()) {
                slots.put("\u0000" + anonymous++, new Slot(draft));
                continue;
            }
            Slot existing = slots.get(id.get());
            if (existing == null) {
                slots.put(id.get(), new Slot(draft));
            } else if (existing.draft.source().equals(draft.source())) {
                existing.duplicate = String.format(
                        "%s: item '%s': duplicate id, also defined at %s",
                        draft.origin(), id.get(), existing.draft.origin());
                existing.draft = draft;
            } else {
                notes.add(String.format(
                        "Item '%s' of %s is overridden by %s", id.get(), existing.draft.source(), draft.origin()));
                existing.draft = existing.draft.overriddenBy(draft);
            }
        }
        return this;
    }

    /**
     * Validates every merged item.
     *
     * @return the checklist; items with configuration problems are ERRORs and listed in its problems
     */
    public Checklist build() {
        List<ChecklistItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Slot slot : slots.values()) {
            position++;
            if (isDisabled(slot.draft)) {
                notes.add(String.format(
                        "Item '%s' is disabled by %s", slot.draft.id().orElse("?"), slot.draft.origin()));
                continue;
            }
            String fallback = unique(ids, "item-" + position);
            String duplicate = slot.duplicate;
            ChecklistItem item = duplicate == null
                    ? ItemFactory.create(slot.draft, fallback, problems)
                    : duplicate(slot.draft, duplicate, fallback, problems);
            if (!ids.add(item.id())) {
                problems.add(slot.draft.origin() + ": item id '" + item.id() + "' is used twice");
                item = new ChecklistItem(
                        unique(ids, item.id() + "-" + position),
                        item.title(),
                        item.group(),
                        item.severity(),
                        new InvalidItemCheck(item.check().type(), slot.draft.origin() + ": duplicate id"),
                        item.origin());
                ids.add(item.id());
            }
            items.add(item);
        }
        return new Checklist(items, waivers, notes, problems);
    }

    private static ChecklistItem duplicate(
            final ItemDraft draft, final String problem, final String fallback, final List<String> problems) {
        ChecklistItem parsed = ItemFactory.create(draft, fallback, new ArrayList<>());
        problems.add(problem);
        return new ChecklistItem(
                parsed.id(),
                parsed.title(),
                parsed.group(),
                parsed.severity(),
                new InvalidItemCheck(draft.type().orElse(""), problem),
                draft.origin());
    }

    private static boolean isDisabled(final ItemDraft draft) {
        Optional<ConfigValue> enabled = draft.fields().get("enabled");
        return enabled.isPresent()
                && enabled.get() instanceof ConfigScalar
                && ((ConfigScalar) enabled.get()).text().strip().equalsIgnoreCase("false");
    }

    private static String unique(final Set<String> ids, final String wanted) {
        String id = wanted;
        int suffix = 2;
        while (ids.contains(id)) {
            id = wanted + "-" + suffix++;
        }
        return id;
    }

    /** One item position in the checklist and the draft that fills it so far. */
    private static final class Slot {
        private ItemDraft draft;

        @CheckForNull
        private String duplicate;

        Slot(final ItemDraft draft) {
            this.draft = draft;
        }
    }
}
