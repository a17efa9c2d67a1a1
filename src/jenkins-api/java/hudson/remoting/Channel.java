package hudson.remoting;

import java.io.Closeable;
import java.io.IOException;

/** Compile-only copy: a remoting connection between the controller and an agent. */
public class Channel implements VirtualChannel, IChannel, Closeable {
    private Channel() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public <T> T export(Class<T> type, T instance) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public <V, T extends Throwable> Future<V> callAsync(Callable<V, T> callable) throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void join() throws InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void join(long timeout) throws InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Object getProperty(Object key) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Object waitForProperty(Object key) throws InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void syncLocalIO() throws InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Channel current() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
