package org.jenkinsci.plugins.workflow.steps;

/** Compile-only copy: runs {@link #run} on a background thread; fails the step after a controller restart. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    protected SynchronousNonBlockingStepExecution(StepContext context) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getStatus() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public boolean blocksRestart() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
