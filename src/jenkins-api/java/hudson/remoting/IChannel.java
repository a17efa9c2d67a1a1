package hudson.remoting;

/** Compile-only copy: property access shared by channel implementations. */
interface IChannel {
    Object getProperty(Object key);

    Object waitForProperty(Object key) throws InterruptedException;
}
