package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.checklist.Severity;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * One item of the step's {@code items} list, e.g. {@code tests(results: '**&#47;TEST-*.xml')}. Every field is
 * optional: only the fields set are handed to the engine, so an item with a template item's id (the default id of
 * most item types) only changes what it sets. The engine validates the merged item like a checklist file item.
 */
public abstract class ChecklistItemSpec extends AbstractDescribableImpl<ChecklistItemSpec> implements Serializable {
    private static final long serialVersionUID = 1L;

    private String id = "";
    private String title = "";
    private String severity = "";

    /**
     * Returns the engine's type name, e.g. {@code tests}.
     *
     * @return the type
     */
    public abstract String type();

    /**
     * Returns the id used when none is set: the id of the templates' item of this type, so that the item configures
     * the template's one.
     *
     * @return the default id
     */
    protected abstract String defaultId();

    /**
     * Adds the type's own fields that are set.
     *
     * @param fields the item map to fill
     */
    protected abstract void addFields(Map<String, Object> fields);

    public String getId() {
        return id;
    }

    /** @param id the item id; empty for the type's default id */
    @DataBoundSetter
    public final void setId(final String id) {
        String trimmed = id.trim();
        if (!trimmed.isEmpty()) {
            ChecklistItem.validateId("id", trimmed);
        }
        this.id = trimmed;
    }

    public String getTitle() {
        return title;
    }

    /** @param title the title shown in the log and on the report; empty for the default */
    @DataBoundSetter
    public final void setTitle(final String title) {
        this.title = title.trim();
    }

    public String getSeverity() {
        return severity;
    }

    /** @param severity {@code blocking} or {@code warning}; empty for the default */
    @DataBoundSetter
    public final void setSeverity(final String severity) {
        String trimmed = severity.trim();
        if (!trimmed.isEmpty()) {
            Severity.parse("severity", trimmed);
        }
        this.severity = trimmed;
    }

    /**
     * Returns the effective id.
     *
     * @return the id set, or the type's default id
     */
    public String effectiveId() {
        return id.isEmpty() ? defaultId() : id;
    }

    /**
     * Converts the item into the engine's Pipeline item map.
     *
     * @return the map with {@code type}, {@code id} and the fields set
     */
    public Map<String, Object> toItemMap() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", effectiveId());
        fields.put("type", type());
        putText(fields, "title", title);
        putText(fields, "severity", severity);
        addFields(fields);
        return fields;
    }

    static void putText(final Map<String, Object> fields, final String name, final String value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
    }

    static void putList(final Map<String, Object> fields, final String name, final String commaSeparated) {
        List<String> values = split(commaSeparated);
        if (!values.isEmpty()) {
            fields.put(name, values);
        }
    }

    static List<String> split(final String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toList());
    }

    /**
     * Validates a percentage given in a Jenkinsfile.
     *
     * @param parameter the parameter
     * @param value the value
     * @return the value
     */
    @CheckForNull
    static Double percentage(final String parameter, @CheckForNull final Double value) {
        if (value != null) {
            Percentage.of(parameter, value);
        }
        return value;
    }

    /**
     * Refuses a required-looking value that is blank after all.
     *
     * @param parameter the parameter
     * @param value the value
     * @param allowed what is allowed
     * @return the trimmed value
     */
    static String notBlank(final String parameter, final String value, final String allowed) {
        if (value.isBlank()) {
            throw new InvalidInputException(parameter, value, allowed);
        }
        return value.trim();
    }

    /** The descriptors of all item types; the Snippet Generator offers them in the step's {@code items} list. */
    public abstract static class ItemDescriptor extends Descriptor<ChecklistItemSpec> {}
}
