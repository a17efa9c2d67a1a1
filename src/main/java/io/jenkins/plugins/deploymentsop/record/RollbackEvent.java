package io.jenkins.plugins.deploymentsop.record;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;

/**
 * A rollback as executed.
 *
 * @param type TRAFFIC, DATABASE or FULL
 * @param trigger what triggered it: a rule, a failed validation, a person
 * @param startedAt when it started
 * @param finishedAt when it finished, null while running
 * @param succeeded whether it reached its verified end state
 * @param detail what was done and verified
 */
public record RollbackEvent(
        String type,
        String trigger,
        Instant startedAt,
        @CheckForNull Instant finishedAt,
        boolean succeeded,
        String detail) {}
