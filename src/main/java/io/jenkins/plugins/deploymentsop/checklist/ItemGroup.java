package io.jenkins.plugins.deploymentsop.checklist;

/** The sections of the SOP's pre-deployment checklist; the build page shows items in this order. */
public enum ItemGroup {
    CODE_QUALITY,
    DOCUMENTATION,
    INFRASTRUCTURE,
    COMMUNICATION,
    APPROVALS,
    WINDOW;

    /**
     * Parses a group as written in a checklist file, e.g. {@code codeQuality}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the group
     */
    public static ItemGroup parse(final String parameter, final String text) {
        return EnumNames.parse(ItemGroup.class, parameter, text);
    }
}
