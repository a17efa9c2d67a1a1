package io.jenkins.plugins.deploymentsop.endtoend;

import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxMode;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.KeepAliveLoad;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Production on loopback: a blue and a green environment (both running the live version at first) behind a real
 * nginx in dynamic mode (weights in a state file
 * read per request), a real Prometheus scraping both colours every second, and users: keep-alive connections sending
 * requests through nginx all the time, so each version's metrics count only what the router sends it.
 */
final class Landscape implements AutoCloseable {
    static final String SERVICE = "shop";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final ColorSlot blue;
    private final ColorSlot green;
    private final NginxServer nginx;
    private final PrometheusProcess prometheus;
    private final KeepAliveLoad users;

    private Landscape(final Path dir, final ColorSlot.Build live) throws IOException, InterruptedException {
        try {
            blue = keep(ColorSlot.reserve(Color.BLUE));
            green = keep(ColorSlot.reserve(Color.GREEN));
            // the idle colour keeps the previous version, as after any blue-green deployment
            blue.deploy(live);
            green.deploy(live);
            nginx = keep(
                    NginxServer.start(Files.createDirectories(dir.resolve("nginx")), NginxMode.DYNAMIC, blue, green));
            prometheus = keep(PrometheusProcess.start(
                    Files.createDirectories(dir.resolve("prometheus")), List.of(target(blue), target(green))));
            users = keep(KeepAliveLoad.start(nginx.port(), 4, Long.MAX_VALUE, 5_000));
        } catch (IOException | InterruptedException | RuntimeException exception) {
            close();
            throw exception;
        }
    }

    /**
     * Starts everything with one version live on blue, and waits until Prometheus sees its traffic.
     *
     * @param dir where the servers keep configuration, data and logs
     * @param live the version serving production before the first release
     * @return the running landscape
     * @throws IOException if a server cannot start
     * @throws InterruptedException if interrupted
     */
    static Landscape start(final Path dir, final ColorSlot.Build live) throws IOException, InterruptedException {
        Landscape landscape = new Landscape(dir, live);
        landscape.awaitMetricsOf(Color.BLUE);
        return landscape;
    }

    private <T extends AutoCloseable> T keep(final T server) {
        started.add(0, server);
        return server;
    }

    private static PrometheusProcess.Target target(final ColorSlot slot) {
        return new PrometheusProcess.Target(
                slot.address(), Map.of("service", SERVICE, "color", slot.color().id()));
    }

    private void awaitMetricsOf(final Color color) throws InterruptedException, IOException {
        PrometheusClient client = PrometheusClient.create(prometheus.url(), HttpAuth.none(), TimeSpan.ofSeconds(5));
        String requests = "sum(increase(http_requests_total{color=\"" + color.id() + "\"}[5s]))";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < deadline) {
            Measurement measured = client.instant(requests);
            if (measured.isOk() && Double.isFinite(measured.lastValue()) && measured.lastValue() > 100) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Prometheus has no traffic of " + color + " after 40 s; users: " + users + "; " + prometheus.logTail());
    }

    ColorSlot slot(final Color color) {
        return color == Color.BLUE ? blue : green;
    }

    NginxServer nginx() {
        return nginx;
    }

    /** The router as a test reads it, in this JVM: to check what production serves. */
    TrafficRouter router(final Path dir) {
        return nginx.settings().runner(new LocalCommandRunner(dir)).build().createRouter();
    }

    String prometheusUrl() {
        return prometheus.url();
    }

    KeepAliveLoad users() {
        return users;
    }

    /** The URL users reach production at, e.g. for the checklist's health item. */
    String productionUrl() {
        return "http://127.0.0.1:" + nginx.port();
    }

    @Override
    public void close() {
        for (AutoCloseable server : started) {
            try {
                server.close();
            } catch (Exception exception) {
                System.getLogger(Landscape.class.getName())
                        .log(System.Logger.Level.WARNING, "cannot stop " + server + ": " + exception);
            }
        }
        started.clear();
    }
}
