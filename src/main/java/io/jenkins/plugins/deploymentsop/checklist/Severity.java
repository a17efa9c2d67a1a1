package io.jenkins.plugins.deploymentsop.checklist;

/** Whether a failed item stops the deployment or only marks the stage unstable. */
public enum Severity {
    /** A FAILED or ERROR item fails the build. */
    BLOCKING,
    /** A FAILED item becomes a WARNING; the stage turns unstable. */
    WARNING;

    /**
     * Parses a severity as written in a checklist file.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the severity
     */
    public static Severity parse(final String parameter, final String text) {
        return EnumNames.parse(Severity.class, parameter, text);
    }
}
