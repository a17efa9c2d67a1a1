package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items of one deployment's checklist after template, file and Pipeline items were merged, with who may waive
 * failed automated items, notes on what the merge did and the configuration problems it met.
 */
public final class Checklist implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<ChecklistItem> items;
    private final Approvers waivers;
    private final ArrayList<String> notes;
    private final ArrayList<String> problems;

    /**
     * Creates a checklist.
     *
     * @param items the items, ids unique
     * @param waivers who may waive failed automated items
     * @param notes what the merge did (overrides, disabled template items), for the build log
     * @param problems configuration problems; each also made its item an ERROR
     */
    public Checklist(
            final List<ChecklistItem> items,
            final Approvers waivers,
            final List<String> notes,
            final List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (ChecklistItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("Duplicate checklist item id: " + item.id());
            }
        }
        this.items = new ArrayList<>(items);
        this.waivers = waivers;
        this.notes = new ArrayList<>(notes);
        this.problems = new ArrayList<>(problems);
    }

    /**
     * Creates a checklist of items without notes, problems or waiver restrictions.
     *
     * @param items the items
     * @return the checklist
     */
    public static Checklist of(final List<ChecklistItem> items) {
        return new Checklist(items, Approvers.ANYONE, List.of(), List.of());
    }

    public List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    public Optional<ChecklistItem> item(final String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    public Approvers waivers() {
        return waivers;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "Checklist" + items;
    }
}
