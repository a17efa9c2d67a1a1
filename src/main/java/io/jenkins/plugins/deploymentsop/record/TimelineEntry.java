package io.jenkins.plugins.deploymentsop.record;

import java.time.Instant;

/**
 * One line of the execution log.
 *
 * @param at when it happened
 * @param step the Pipeline step that wrote it, e.g. {@code blueGreenDeploy}
 * @param phase the phase, e.g. {@code HEALTH_CHECK}
 * @param status STARTED, SUCCEEDED, FAILED, SKIPPED or INFO
 * @param message what happened, with its numbers
 */
public record TimelineEntry(Instant at, String step, String phase, Status status, String message) {
    /** The status of a timeline line. */
    public enum Status {
        STARTED,
        SUCCEEDED,
        FAILED,
        SKIPPED,
        INFO
    }
}
