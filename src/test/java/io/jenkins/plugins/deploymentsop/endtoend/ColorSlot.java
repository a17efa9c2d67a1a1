package io.jenkins.plugins.deploymentsop.endtoend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.MeteredApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ServerProcess;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.Upstream;
import java.io.IOException;
import java.util.Optional;

/**
 * One colour's environment: a fixed loopback address that nginx and Prometheus know, where a deployment replaces the
 * running version with another (a {@link MeteredApp} on the same port), as {@code ./deploy.sh green} would.
 */
final class ColorSlot implements Upstream, AutoCloseable {
    private final Color color;
    private final int port;

    @CheckForNull
    private MeteredApp app;

    private ColorSlot(final Color color, final int port) {
        this.color = color;
        this.port = port;
    }

    static ColorSlot reserve(final Color color) throws IOException {
        return new ColorSlot(color, ServerProcess.freePort());
    }

    /**
     * Stops the version running here, if any, and starts another.
     *
     * @param build what to run
     * @throws IOException if the port cannot be bound
     */
    synchronized void deploy(final Build build) throws IOException {
        stop();
        app = MeteredApp.start(color, build.version(), build.errorRate(), build.latencyMillis(), port);
        // a canary's few requests per window fail at the release's rate, not at a random draw around it
        app.setErrorsEvenlySpread(true);
    }

    synchronized Optional<MeteredApp> app() {
        return Optional.ofNullable(app);
    }

    /** The version running here, or empty if nothing runs. */
    synchronized String version() {
        return app == null ? "" : app.version();
    }

    Color color() {
        return color;
    }

    @Override
    public String address() {
        return "127.0.0.1:" + port;
    }

    String url() {
        return "http://" + address();
    }

    private void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }

    /**
     * What a release ships: a version and how it behaves once it runs.
     *
     * @param version the version
     * @param errorRate the share of requests it fails, 0 to 1
     * @param latencyMillis how long each request takes
     */
    record Build(String version, double errorRate, long latencyMillis) {}
}
