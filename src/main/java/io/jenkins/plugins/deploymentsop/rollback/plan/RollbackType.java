package io.jenkins.plugins.deploymentsop.rollback.plan;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** The rollback types of the SOP's decision tree (SOP 002, Section 3). */
public enum RollbackType {
    /** Route all traffic back to the previous version: the fastest, when no schema changed. */
    TRAFFIC,
    /** Traffic back, then restore the database backup: when migrations were applied. */
    DATABASE,
    /** Traffic back, database restore if given, then destroy the failed environment: the nuclear option. */
    FULL;

    /**
     * Parses a type written by a user.
     *
     * @param parameter the parameter name, for the error message
     * @param text {@code traffic}, {@code database} or {@code full}
     * @return the type
     */
    public static RollbackType valueOf(final String parameter, final String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT);
        for (RollbackType type : values()) {
            if (type.name().equals(normalized)) {
                return type;
            }
        }
        throw new InvalidInputException(parameter, text, "traffic, database or full");
    }
}
