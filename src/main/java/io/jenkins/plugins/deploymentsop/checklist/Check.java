package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.util.Optional;

/**
 * One kind of gate with its validated configuration. A check never throws for a user mistake: it returns an
 * ERROR or FAILED outcome whose evidence names the file or field.
 */
public interface Check extends Serializable {
    /**
     * Returns the type name used in checklist files, e.g. {@code tests}.
     *
     * @return the type name
     */
    String type();

    /**
     * Runs the check.
     *
     * @param context the workspace, clock and clients of this run
     * @return what the check found
     */
    CheckOutcome evaluate(CheckContext context);

    /**
     * Tells whether this check only talks to the network and may run alongside others (http, tls, metric).
     *
     * @return {@code true} if it may run concurrently
     */
    default boolean runsConcurrently() {
        return false;
    }

    /**
     * Returns who may decide on this item if a person must sign it off; empty for automated checks.
     *
     * @return the policy of a manual item
     */
    default Optional<ManualPolicy> manualPolicy() {
        return Optional.empty();
    }
}
