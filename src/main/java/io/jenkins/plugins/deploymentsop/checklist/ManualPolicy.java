package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;

/**
 * How a manual item is decided: who may decide, how long the checklist waits, and what the person is asked to do.
 *
 * @param approvers who may confirm, reject or waive
 * @param timeout how long to wait before the item fails (the SOP's sign-off deadline, 24h by default)
 * @param instructions what the person confirms, shown on the build page
 */
public record ManualPolicy(Approvers approvers, TimeSpan timeout, String instructions) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The default time a sign-off may take. */
    public static final TimeSpan DEFAULT_TIMEOUT = TimeSpan.ofMinutes(24 * 60);
}
