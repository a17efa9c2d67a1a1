package io.jenkins.plugins.deploymentsop.rollback.plan;

/**
 * What running one rollback action reported.
 *
 * @param succeeded whether it reached its verified end state
 * @param detail what was done and verified, with the numbers
 */
public record ActionReport(boolean succeeded, String detail) {
    public static ActionReport success(final String detail) {
        return new ActionReport(true, detail);
    }

    public static ActionReport failure(final String detail) {
        return new ActionReport(false, detail);
    }
}
