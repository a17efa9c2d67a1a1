package hudson.remoting;

import java.util.concurrent.ExecutorService;

/** Compile-only copy: the channel of the controller to itself; callables run in the controller's JVM. */
public class LocalChannel implements VirtualChannel {
    public LocalChannel(ExecutorService executor) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public <V, T extends Throwable> V call(Callable<V, T> callable) throws T {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public <V, T extends Throwable> Future<V> callAsync(Callable<V, T> callable) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void close() {
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
    public <T> T export(Class<T> intf, T instance) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void syncLocalIO() throws InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
