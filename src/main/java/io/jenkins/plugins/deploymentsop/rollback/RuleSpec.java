package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One rule entry of one source, as written: an id and the fields the source sets, each with where it was written.
 * An entry whose id is new must define a complete rule; an entry whose id exists in an earlier source changes only
 * the fields it sets; {@code enabled: false} drops the rule.
 */
public final class RuleSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Set<RuleField> DEPENDENT_FIELDS =
            EnumSet.of(RuleField.NAME, RuleField.SOURCE, RuleField.UNIT, RuleField.WHEN);

    private final String id;
    private final Origin origin;
    private final EnumMap<RuleField, String> values;
    private final EnumMap<RuleField, Origin> origins;

    private RuleSpec(final Builder builder) {
        this.id = builder.id;
        this.origin = builder.origin;
        this.values = new EnumMap<>(builder.values);
        this.origins = new EnumMap<>(builder.origins);
    }

    /**
     * Starts an entry.
     *
     * @param id the rule id
     * @param origin where the entry was written
     * @return the builder
     */
    public static Builder builder(final String id, final Origin origin) {
        return new Builder(id, origin);
    }

    public String id() {
        return id;
    }

    public Origin origin() {
        return origin;
    }

    /** Returns the fields this entry sets, as written. */
    public Map<RuleField, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /**
     * Returns where a field was written, or where the entry starts when the field is not set here.
     *
     * @param field the field
     * @return the origin
     */
    public Origin origin(final RuleField field) {
        return origins.getOrDefault(field, origin);
    }

    /** Returns the explicit {@code enabled} value, empty if the entry does not set it. */
    public Optional<Boolean> enabled() {
        return Optional.ofNullable(values.get(RuleField.ENABLED)).map(Boolean::valueOf);
    }

    /** Returns whether this entry drops its rule. */
    public boolean disables() {
        return enabled().map(enabled -> !enabled).orElse(false);
    }

    /**
     * Builds the rule this entry defines on its own.
     *
     * @return the rule
     * @throws InvalidInputException naming the rule id, the field and its origin
     */
    public Rule toRule() {
        return applyTo(Optional.empty());
    }

    /**
     * Builds the rule this entry defines on top of an earlier definition of the same id.
     *
     * @param base the earlier definition, empty if the id is new
     * @return the rule
     * @throws InvalidInputException naming the rule id, the field and its origin
     */
    public Rule applyTo(final Optional<Rule> base) {
        Rule.Builder builder = base.map(Rule::toBuilder).orElseGet(() -> Rule.builder(id));
        for (Map.Entry<RuleField, String> entry : values.entrySet()) {
            if (entry.getKey() == RuleField.ENABLED) {
                continue;
            }
            try {
                builder.set(entry.getKey(), entry.getValue());
            } catch (InvalidInputException exception) {
                throw located(entry.getKey(), exception);
            }
        }
        try {
            return builder.build();
        } catch (InvalidInputException exception) {
            RuleField field = RuleField.fromKey(exception.getParameter()).orElse(RuleField.WHEN);
            if (base.isEmpty() && !values.containsKey(field)) {
                throw new InvalidInputException(
                        parameter(id, field, origin(field)),
                        exception.getValue(),
                        "a value: a new rule needs source, when, severity and action (manual rules also"
                                + " decisionTimeout); " + exception.getAllowed());
            }
            throw located(field, exception);
        }
    }

    private InvalidInputException located(final RuleField field, final InvalidInputException cause) {
        return new InvalidInputException(parameter(id, field, origin(field)), cause.getValue(), cause.getAllowed());
    }

    /**
     * Names a field of a rule for an error message, e.g. {@code rules[error-rate-p0].when (rules.yaml, line 4,
     * column 11)}.
     *
     * @param id the rule id
     * @param field the field key
     * @param origin where it was written
     * @return the parameter text
     */
    static String parameter(final String id, final String field, final Origin origin) {
        return "rules[" + id + "]." + field + " (" + origin + ")";
    }

    static String parameter(final String id, final RuleField field, final Origin origin) {
        return parameter(id, field.key(), origin);
    }

    @Override
    public String toString() {
        return id + " " + values + " (" + origin + ")";
    }

    /** Collects the fields of one entry; each value is checked when the rule is built, except id and enabled. */
    public static final class Builder {
        private final String id;
        private final Origin origin;
        private final EnumMap<RuleField, String> values = new EnumMap<>(RuleField.class);
        private final EnumMap<RuleField, Origin> origins = new EnumMap<>(RuleField.class);

        private Builder(final String id, final Origin origin) {
            this.id = Rule.checkId(parameter(id, "id", origin), id);
            this.origin = origin;
        }

        /**
         * Sets a field written where the entry starts.
         *
         * @param field the field
         * @param text the value as written
         * @return this builder
         */
        public Builder set(final RuleField field, final String text) {
            return set(field, text, origin);
        }

        /**
         * Sets a field written at a known place.
         *
         * @param field the field
         * @param text the value as written
         * @param at where it was written
         * @return this builder
         */
        public Builder set(final RuleField field, final String text, final Origin at) {
            String value = text;
            if (field == RuleField.ENABLED) {
                String normalized = text.trim().toLowerCase(Locale.ROOT);
                if (!"true".equals(normalized) && !"false".equals(normalized)) {
                    throw new InvalidInputException(parameter(id, field, at), text, "true or false");
                }
                value = normalized;
            } else if (!DEPENDENT_FIELDS.contains(field)) {
                checkAlone(field, text, at);
            }
            values.put(field, value);
            origins.put(field, at);
            return this;
        }

        // Fields whose check needs other fields (the unit, the whole signal) are checked when the rule is built.
        private void checkAlone(final RuleField field, final String text, final Origin at) {
            try {
                Rule.builder(id).set(field, text);
            } catch (InvalidInputException exception) {
                throw new InvalidInputException(parameter(id, field, at), exception.getValue(), exception.getAllowed());
            }
        }

        public Builder name(final String text) {
            return set(RuleField.NAME, text);
        }

        public Builder description(final String text) {
            return set(RuleField.DESCRIPTION, text);
        }

        public Builder source(final String text) {
            return set(RuleField.SOURCE, text);
        }

        public Builder unit(final String text) {
            return set(RuleField.UNIT, text);
        }

        public Builder when(final String text) {
            return set(RuleField.WHEN, text);
        }

        public Builder sustainedFor(final String text) {
            return set(RuleField.SUSTAINED_FOR, text);
        }

        public Builder consecutive(final String text) {
            return set(RuleField.CONSECUTIVE, text);
        }

        public Builder severity(final String text) {
            return set(RuleField.SEVERITY, text);
        }

        public Builder action(final String text) {
            return set(RuleField.ACTION, text);
        }

        public Builder decisionTimeout(final String text) {
            return set(RuleField.DECISION_TIMEOUT, text);
        }

        public Builder onTimeout(final String text) {
            return set(RuleField.ON_TIMEOUT, text);
        }

        public Builder noData(final String text) {
            return set(RuleField.NO_DATA, text);
        }

        public Builder enabled(final boolean enabled) {
            return set(RuleField.ENABLED, String.valueOf(enabled));
        }

        public RuleSpec build() {
            return new RuleSpec(this);
        }
    }
}
