package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.List;
import jenkins.model.CauseOfInterruption;

/** Compile-only copy: ends a step or build with a given result (e.g. ABORTED) and causes. */
public final class FlowInterruptedException extends InterruptedException {
    @Deprecated
    public FlowInterruptedException(Result result, CauseOfInterruption... causes) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public FlowInterruptedException(Result result, boolean actualInterruption, CauseOfInterruption... causes) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Result getResult() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public List<CauseOfInterruption> getCauses() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isActualInterruption() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void setActualInterruption(boolean actualInterruption) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getMessage() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void handle(Run<?, ?> run, TaskListener listener) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
