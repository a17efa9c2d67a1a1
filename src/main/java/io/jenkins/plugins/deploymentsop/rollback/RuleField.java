package io.jenkins.plugins.deploymentsop.rollback;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields of a rule, by the key they have in a rules file and in Pipeline. */
public enum RuleField {
    NAME("name"),
    DESCRIPTION("description"),
    SOURCE("source"),
    UNIT("unit"),
    WHEN("when"),
    SUSTAINED_FOR("sustainedFor"),
    CONSECUTIVE("consecutive"),
    SEVERITY("severity"),
    ACTION("action"),
    DECISION_TIMEOUT("decisionTimeout"),
    ON_TIMEOUT("onTimeout"),
    NO_DATA("noData"),
    ENABLED("enabled");

    private final String key;

    RuleField(final String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * Finds a field by its key.
     *
     * @param key e.g. {@code sustainedFor}
     * @return the field, empty if there is none
     */
    public static Optional<RuleField> fromKey(final String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    /** Returns all keys, {@code id} first, for error messages. */
    public static String allKeys() {
        return "id, " + Arrays.stream(values()).map(RuleField::key).collect(Collectors.joining(", "));
    }
}
