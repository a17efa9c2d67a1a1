package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * One line of the checklist: an id unique in the checklist, a title, its SOP group, its severity and the check that
 * decides it. The id appears in URLs and in the Pipeline's returned map, hence its restricted alphabet.
 */
public final class ChecklistItem implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    /** What an id may look like, for error messages. */
    public static final String ID_RULE = "1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private final String id;
    private final String title;
    private final ItemGroup group;
    private final Severity severity;
    private final Check check;
    private final String origin;

    /**
     * Creates an item.
     *
     * @param id the id, see {@link #ID_RULE}
     * @param title the title shown to people
     * @param group the SOP group
     * @param severity blocking or warning
     * @param check the check
     * @param origin where the item was defined, e.g. {@code deploy/checklist.yaml line 4, column 5}
     */
    public ChecklistItem(
            final String id,
            final String title,
            final ItemGroup group,
            final Severity severity,
            final Check check,
            final String origin) {
        this.id = validateId("id", id);
        this.title = title.isBlank() ? id : Texts.oneLine(title, 200);
        this.group = group;
        this.severity = severity;
        this.check = check;
        this.origin = origin;
    }

    /**
     * Validates an item id.
     *
     * @param parameter the parameter name, for the error message
     * @param id the id
     * @return the id
     * @throws InvalidInputException if the id does not follow {@link #ID_RULE}
     */
    public static String validateId(final String parameter, final String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(parameter, id, ID_RULE);
        }
        return id;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ItemGroup group() {
        return group;
    }

    public Severity severity() {
        return severity;
    }

    public Check check() {
        return check;
    }

    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return id + " (" + check.type() + ", " + severity + ")";
    }
}
