package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Compile-only copy: the running state of one step; serialized with the build's program state. */
public abstract class StepExecution implements Serializable {
    @Deprecated
    protected StepExecution() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected StepExecution(StepContext context) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public StepContext getContext() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract boolean start() throws Exception;

    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void onResume() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getStatus() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean blocksRestart() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
