package io.jenkins.plugins.deploymentsop.checklist;

/** What a person does with an item. */
public enum DecisionKind {
    /** Signs off a pending manual item. */
    CONFIRM,
    /** Refuses a pending manual item: it fails at once. */
    REJECT,
    /** Accepts a failed item (or a pending sign-off) with a mandatory reason. */
    WAIVE;

    public static DecisionKind parse(final String parameter, final String text) {
        return EnumNames.parse(DecisionKind.class, parameter, text);
    }
}
