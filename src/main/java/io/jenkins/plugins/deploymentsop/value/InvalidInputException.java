package io.jenkins.plugins.deploymentsop.value;

/**
 * A user mistake in a step parameter, a checklist file or a rule: names the parameter, the value given and what
 * is allowed. Steps report its message in one line, never with a stack trace.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;
    private final String allowed;

    /**
     * Creates the exception.
     *
     * @param parameter the parameter (or file field) that holds the bad value
     * @param value the value as given by the user
     * @param allowed what would have been accepted, in words
     */
    public InvalidInputException(final String parameter, final String value, final String allowed) {
        super(String.format("Invalid value for '%s': '%s' (allowed: %s)", parameter, value, allowed));
        this.parameter = parameter;
        this.value = value;
        this.allowed = allowed;
    }

    public String getParameter() {
        return parameter;
    }

    public String getValue() {
        return value;
    }

    public String getAllowed() {
        return allowed;
    }
}
