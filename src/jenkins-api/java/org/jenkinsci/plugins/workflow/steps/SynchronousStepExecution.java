package org.jenkinsci.plugins.workflow.steps;

/** Compile-only copy: runs {@link #run} on the Pipeline thread; only for very quick work. */
public abstract class SynchronousStepExecution<T> extends StepExecution {
    protected SynchronousStepExecution(StepContext context) {
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
}
