package io.jenkins.plugins.deploymentsop.checklist;

/**
 * The deployment types of the SOP ("Deployment Types" in the Deployment SOP), each with its built-in checklist
 * template.
 */
public enum DeploymentType {
    /** Weekly release: every automated gate; approval is automatic when all blocking gates pass. */
    STANDARD,
    /** P0/P1 fix: technical-lead sign-off required, documentation gates only warn. */
    HOTFIX,
    /** Low-risk change behind a flag: tests and health only, and the flag must default to off. */
    FEATURE_FLAG;

    /**
     * Parses a type as written in a Jenkinsfile, e.g. {@code featureFlag}.
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the type
     */
    public static DeploymentType parse(final String parameter, final String text) {
        return EnumNames.parse(DeploymentType.class, parameter, text);
    }

    /**
     * Returns the name used in files and Jenkinsfiles, e.g. {@code featureFlag}.
     *
     * @return the camel-case name
     */
    public String displayName() {
        return EnumNames.camelCase(this);
    }
}
