package io.jenkins.plugins.deploymentsop.checklist;

/**
 * A decision that cannot be applied: unknown item, user not allowed, item not in a state that takes this decision.
 * The message says which and why; the build page shows it as is.
 */
public class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecisionRefusedException(final String message) {
        super(message);
    }
}
