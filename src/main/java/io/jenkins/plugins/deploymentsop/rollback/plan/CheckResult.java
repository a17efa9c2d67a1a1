package io.jenkins.plugins.deploymentsop.rollback.plan;

/**
 * The answer of one dry-run check by a {@link RollbackTarget}.
 *
 * @param passed whether the check passed
 * @param detail what was seen, e.g. {@code HAProxy Runtime API answered in 2 ms}
 */
public record CheckResult(boolean passed, String detail) {
    public static CheckResult passed(final String detail) {
        return new CheckResult(true, detail);
    }

    public static CheckResult failed(final String detail) {
        return new CheckResult(false, detail);
    }
}
