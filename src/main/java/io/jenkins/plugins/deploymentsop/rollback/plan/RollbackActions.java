package io.jenkins.plugins.deploymentsop.rollback.plan;

/**
 * Runs the actions of a rollback plan against the real router, database and environment; implemented by the step.
 * An implementation reports failures as a failed {@link ActionReport}; an exception counts as a failure too.
 */
@FunctionalInterface
public interface RollbackActions {
    /**
     * Runs one action and verifies its end state.
     *
     * @param action the action
     * @return whether it succeeded, with what was done and verified
     * @throws InterruptedException if the run was interrupted
     */
    ActionReport perform(PlannedAction action) throws InterruptedException;
}
