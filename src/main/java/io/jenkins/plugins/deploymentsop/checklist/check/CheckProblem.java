package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;

/** Ends a check early with an outcome, e.g. ERROR when a file is missing; {@link AbstractCheck} returns it. */
final class CheckProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CheckOutcome outcome;

    private CheckProblem(final CheckOutcome outcome) {
        super(outcome.evidence(), null, false, false);
        this.outcome = outcome;
    }

    /**
     * The check could not run.
     *
     * @param evidence what went wrong, naming the file or field
     * @return the exception to throw
     */
    static CheckProblem error(final String evidence) {
        return new CheckProblem(CheckOutcome.error(evidence));
    }

    /**
     * The gate does not hold.
     *
     * @param evidence why
     * @return the exception to throw
     */
    static CheckProblem failed(final String evidence) {
        return new CheckProblem(CheckOutcome.failed(evidence));
    }

    CheckOutcome outcome() {
        return outcome;
    }
}
