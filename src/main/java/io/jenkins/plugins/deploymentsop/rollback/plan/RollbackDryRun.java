package io.jenkins.plugins.deploymentsop.rollback.plan;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The SOP's rollback test (SOP 002, Step 4.3 "npm run rollback:test --dry-run"): asks whether every action of a
 * plan could run — the router is reachable, the previous version is healthy, each command exists — and changes
 * nothing. {@link RollbackTarget} has no method that changes anything.
 */
public final class RollbackDryRun {
    static final String ROUTER = "router reachable";
    static final String PREVIOUS = "previous version healthy";
    static final String RESTORE = "restore command exists";
    static final String DESTROY = "destroy command exists";

    private RollbackDryRun() {}

    /**
     * Runs the checks of a plan.
     *
     * @param plan the plan that would run
     * @param target what the checks ask
     * @param clock the clock of the check times
     * @return the checklist
     * @throws InterruptedException if a check was interrupted
     */
    public static DryRunReport run(final RollbackPlan plan, final RollbackTarget target, final Clock clock)
            throws InterruptedException {
        List<DryRunCheck> checks = new ArrayList<>();
        checks.add(check(ROUTER, target::routerReachable, clock));
        checks.add(check(PREVIOUS, target::previousVersionHealthy, clock));
        for (PlannedAction action : plan.actions()) {
            if (action.kind() == ActionKind.RESTORE_DATABASE) {
                if (action.usesBody()) {
                    checks.add(new DryRunCheck(
                            RESTORE,
                            DryRunCheck.Status.SKIPPED,
                            "the restore is the step's body, which cannot be checked without running it",
                            clock.instant()));
                } else {
                    String command = action.command().orElseThrow();
                    checks.add(check(RESTORE, () -> target.commandExists(command), clock));
                }
            } else if (action.kind() == ActionKind.DESTROY_FAILED_ENVIRONMENT) {
                String command = action.command().orElseThrow();
                checks.add(check(DESTROY, () -> target.commandExists(command), clock));
            }
        }
        return new DryRunReport(plan, checks);
    }

    private static DryRunCheck check(final String name, final Question question, final Clock clock)
            throws InterruptedException {
        try {
            CheckResult result = question.ask();
            return new DryRunCheck(
                    name,
                    result.passed() ? DryRunCheck.Status.PASSED : DryRunCheck.Status.FAILED,
                    result.detail(),
                    clock.instant());
        } catch (IOException | RuntimeException exception) {
            return new DryRunCheck(
                    name,
                    DryRunCheck.Status.ERROR,
                    exception.getClass().getSimpleName() + ": " + exception.getMessage(),
                    clock.instant());
        }
    }

    /** One question to the target. */
    @FunctionalInterface
    private interface Question {
        CheckResult ask() throws IOException, InterruptedException;
    }
}
