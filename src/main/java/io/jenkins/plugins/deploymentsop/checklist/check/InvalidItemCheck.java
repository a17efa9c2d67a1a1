package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;

/**
 * Stands in for an item whose configuration is wrong (unknown type or field, bad value): it cannot be checked, so it
 * is an ERROR whose evidence is the located configuration problem.
 */
public final class InvalidItemCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final String problem;

    /**
     * Creates the stand-in.
     *
     * @param type the type as written (may be unknown or empty)
     * @param problem the located problem, e.g. {@code deploy/checklist.yaml line 4, column 5: ...}
     */
    public InvalidItemCheck(final String type, final String problem) {
        this.type = type;
        this.problem = problem;
    }

    @Override
    public String type() {
        return type.isEmpty() ? "invalid" : type;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) {
        return CheckOutcome.error("Invalid configuration: " + problem);
    }

    public String problem() {
        return problem;
    }
}
