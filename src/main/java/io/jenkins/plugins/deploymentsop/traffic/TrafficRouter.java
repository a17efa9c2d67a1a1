package io.jenkins.plugins.deploymentsop.traffic;

/**
 * A load balancer that divides traffic between blue and green. The router itself is the source of truth: every
 * method talks to the server, none answers from memory.
 *
 * <p>Implementations are not required to be thread-safe; a rollout calls them from one thread at a time.
 */
public interface TrafficRouter {
    /**
     * Reads the split the server serves now.
     *
     * @return the split
     * @throws RouterException if the server cannot be reached or its answer cannot be understood
     */
    TrafficSplit read() throws RouterException;

    /**
     * Changes the split atomically and verifies it: when this method returns, the server has been read back and
     * serves {@code target}. On any failure the previous state is restored before the exception is thrown, and the
     * exception says so ({@link RouterException#getOutcome()}); the router is never left half-switched silently.
     *
     * @param target the split to serve
     * @return the split read back from the server after the change
     * @throws RouterException if the change failed; its outcome tells what the router serves now
     */
    TrafficSplit apply(TrafficSplit target) throws RouterException;

    /**
     * Reads the server back and checks that it serves {@code expected} (within the router's resolution, e.g. integer
     * weights).
     *
     * @param expected the split that should be served
     * @return the split read back
     * @throws RouterException if the server serves something else or cannot be read
     */
    TrafficSplit verify(TrafficSplit expected) throws RouterException;

    /**
     * Describes the router for logs, without secrets, e.g. {@code HAProxy backend 'shop' via /run/haproxy/admin.sock}.
     *
     * @return the description
     */
    String describe();
}
