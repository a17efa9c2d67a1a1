package org.jenkinsci.plugins.workflow.steps;

/** Compile-only copy: runs blocks of work on a background thread, also for steps with a body. */
public abstract class GeneralNonBlockingStepExecution extends StepExecution {
    protected GeneralNonBlockingStepExecution(StepContext context) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    /** Compile-only copy: a block of background work. */
    protected interface Block {
        void run() throws Exception;
    }

    protected final void run(Block block) {
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

    /** Compile-only copy: a body callback that runs its final work in the background. */
    protected abstract class TailCall extends BodyExecutionCallback {
        protected abstract void finished(StepContext context) throws Exception;

        @Override
        public final void onSuccess(StepContext context, Object result) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        @Override
        public final void onFailure(StepContext context, Throwable t) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }
    }
}
