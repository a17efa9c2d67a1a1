package io.jenkins.plugins.deploymentsop.rollback.plan;

import java.time.Clock;
import java.util.Optional;

/**
 * Runs a rollback plan to its end in one go, for callers whose actions all complete synchronously; a step whose
 * restore is a Pipeline body drives {@link RollbackProgress} itself.
 */
public final class RollbackRunner {
    private RollbackRunner() {}

    /**
     * Runs every remaining action in order, stopping at the first failure.
     *
     * @param progress the rollback
     * @param actions what runs the actions
     * @param clock the clock of start and end times
     * @return the progress, finished
     * @throws InterruptedException if an action was interrupted; the progress records it as failed
     */
    public static RollbackProgress run(
            final RollbackProgress progress, final RollbackActions actions, final Clock clock)
            throws InterruptedException {
        Optional<PlannedAction> next = progress.next();
        while (next.isPresent()) {
            PlannedAction action = progress.begin(clock.instant());
            ActionReport report;
            try {
                report = actions.perform(action);
            } catch (InterruptedException exception) {
                progress.complete(false, "interrupted", clock.instant());
                throw exception;
            } catch (RuntimeException exception) {
                report = ActionReport.failure(exception.getClass().getSimpleName() + ": " + exception.getMessage());
            }
            progress.complete(report.succeeded(), report.detail(), clock.instant());
            next = progress.next();
        }
        return progress;
    }
}
