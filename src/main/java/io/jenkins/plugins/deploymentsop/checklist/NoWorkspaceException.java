package io.jenkins.plugins.deploymentsop.checklist;

/**
 * A check asked for the workspace (files, or the command runner that works in it) of an evaluation that has none.
 * {@link ChecklistEvaluator} turns it into that item's ERROR, naming the item; the message is the hint of
 * {@link CheckContext#withoutWorkspace(String)}, e.g. where to run the item instead.
 */
public final class NoWorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param hint what to do about it, for people
     */
    NoWorkspaceException(final String hint) {
        super(hint, null, false, false);
    }
}
