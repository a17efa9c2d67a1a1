package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import java.io.Serializable;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;

/**
 * That the build asked a step to stop, kept in the step's saved state so a restart of Jenkins in the middle of the
 * clean-up finishes the stop instead of going on with the work.
 *
 * @param reason the cause's message, for the log and when the cause itself cannot be kept
 * @param interruption the cause when it is the usual interruption of an aborted build (it keeps the build ABORTED);
 *     other causes are not kept, as an arbitrary exception may not survive the saving of the program
 */
record StopRequest(String reason, @CheckForNull FlowInterruptedException interruption) implements Serializable {
    private static final long serialVersionUID = 1L;

    static StopRequest of(final Throwable cause) {
        return new StopRequest(
                TickingStepExecution.describe(cause),
                cause instanceof FlowInterruptedException ? (FlowInterruptedException) cause : null);
    }

    /** The cause to end the step with after a restart. */
    Throwable cause() {
        FlowInterruptedException kept = interruption;
        return kept == null ? new AbortException("Stopped: " + reason) : kept;
    }
}
