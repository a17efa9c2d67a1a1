package jenkins.model.queue;

/** Compile-only copy: thrown by an executable that goes on running after its executor's thread returns. */
public abstract class AsynchronousExecution extends RuntimeException {
    protected AsynchronousExecution() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract void interrupt(boolean forShutdown);

    public abstract boolean blocksRestart();

    public abstract boolean displayCell();
}
