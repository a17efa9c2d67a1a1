package hudson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import hudson.model.TaskListener;

/** Compile-only copy: a started process, local or on an agent. */
public abstract class Proc {
    protected Proc() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract boolean isAlive() throws IOException, InterruptedException;

    public abstract void kill() throws IOException, InterruptedException;

    public abstract int join() throws IOException, InterruptedException;

    public abstract InputStream getStdout();

    public abstract InputStream getStderr();

    public abstract OutputStream getStdin();

    public final int joinWithTimeout(long timeout, TimeUnit unit, TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
