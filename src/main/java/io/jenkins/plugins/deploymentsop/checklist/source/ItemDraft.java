package io.jenkins.plugins.deploymentsop.checklist.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigMap;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigScalar;
import io.jenkins.plugins.deploymentsop.checklist.config.ConfigValue;
import java.util.Optional;

/**
 * An item as written, before its fields are validated: merging works on drafts so that a file item can override
 * only some fields of a template item.
 */
public final class ItemDraft {
    private final ConfigMap fields;
    private final String source;
    private final String origin;

    /**
     * Creates a draft.
     *
     * @param fields the item's fields
     * @param source the document it comes from, e.g. {@code template 'standard'}
     * @param origin where it was written, e.g. {@code deploy/checklist.yaml line 12, column 5}
     */
    public ItemDraft(final ConfigMap fields, final String source, final String origin) {
        this.fields = fields;
        this.source = source;
        this.origin = origin;
    }

    public ConfigMap fields() {
        return fields;
    }

    public String source() {
        return source;
    }

    public String origin() {
        return origin;
    }

    /**
     * Returns the id as written, if it is a single non-blank value.
     *
     * @return the id
     */
    public Optional<String> id() {
        return text("id");
    }

    /**
     * Returns the type as written, if given.
     *
     * @return the type name
     */
    public Optional<String> type() {
        return text("type");
    }

    private Optional<String> text(final String key) {
        Optional<ConfigValue> value = fields.get(key);
        if (value.isPresent() && value.get() instanceof ConfigScalar && !((ConfigScalar) value.get()).isNull()) {
            String text = ((ConfigScalar) value.get()).text().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }

    /**
     * Applies an override with the same id: with the same type (or none) its fields replace or add to these; with
     * another type it replaces this draft entirely.
     *
     * @param override the overriding draft
     * @return the merged draft
     */
    public ItemDraft overriddenBy(final ItemDraft override) {
        Optional<String> overrideType = override.type();
        if (overrideType.isPresent() && !overrideType.equals(type())) {
            return override;
        }
        return new ItemDraft(
                fields.mergedWith(override.fields), override.source, override.origin + " (overriding " + origin + ")");
    }

    @CheckForNull
    String idOrNull() {
        return id().orElse(null);
    }

    @Override
    public String toString() {
        return id().orElse("(no id)") + " at " + origin;
    }
}
