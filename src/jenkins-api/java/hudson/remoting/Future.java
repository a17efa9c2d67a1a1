package hudson.remoting;

/** Compile-only copy: the pending result of an asynchronous remote call. */
public interface Future<V> extends java.util.concurrent.Future<V> {
}
