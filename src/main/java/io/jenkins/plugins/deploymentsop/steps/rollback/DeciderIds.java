package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The user or group ids of {@code deciders} and {@code deciderGroups}. A Pipeline gives a list
 * ({@code deciders: ['alice', 'bob']}); the Snippet Generator's text field gives one comma-separated string, which
 * Stapler binds as a list of one element, so every element is split at commas. The list shows itself as that text
 * again ({@code alice, bob}), so the form round-trips, while the Snippet Generator still writes a Pipeline list.
 */
final class DeciderIds extends AbstractList<String> {
    private final List<String> ids;

    private DeciderIds(final List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    /**
     * Reads ids as given.
     *
     * @param given the elements, each one id or several separated by commas; null: none
     * @return the ids, trimmed, without blanks
     */
    static DeciderIds parse(@CheckForNull final List<String> given) {
        List<String> ids = new ArrayList<>();
        if (given != null) {
            for (String element : given) {
                for (String id : String.valueOf(element).split(",", -1)) {
                    if (!id.isBlank()) {
                        ids.add(id.trim());
                    }
                }
            }
        }
        return new DeciderIds(ids);
    }

    @Override
    public String get(final int index) {
        return ids.get(index);
    }

    @Override
    public int size() {
        return ids.size();
    }

    /** Returns the ids as the form's text field shows them, e.g. {@code alice, bob}. */
    @Override
    public String toString() {
        return String.join(", ", ids);
    }
}
