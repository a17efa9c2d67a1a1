package io.jenkins.plugins.deploymentsop.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A small service on loopback for tests with a real Prometheus: it simulates steady traffic (a batch of requests
 * every 50 ms) with a controllable error rate and log-normal latency, serves {@code GET /} as a real endpoint with the
 * same behaviour, and exposes a request counter and a latency histogram on {@code /metrics} in the Prometheus text
 * format, written by hand.
 */
public final class SimulatedService implements AutoCloseable {
    /** Histogram bucket bounds in seconds. */
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private static final int TICK_MILLIS = 50;

    private final HttpServer server;
    private final ScheduledExecutorService traffic;
    private final SplittableRandom random;
    private final int requestsPerTick;

    private volatile double errorRate;
    private volatile double medianLatency;

    private long ok;
    private long failed;
    private final long[] bucketCounts = new long[BUCKETS.length];
    private double latencySum;

    /**
     * Starts the service and its simulated traffic.
     *
     * @param seed the seed of its random numbers
     * @param requestsPerSecond the simulated traffic
     * @param errorRate the share of failing requests, 0 to 1
     * @param medianLatency the median latency in seconds
     * @throws IOException if the server cannot bind
     */
    public SimulatedService(
            final long seed, final int requestsPerSecond, final double errorRate, final double medianLatency)
            throws IOException {
        this.random = new SplittableRandom(seed);
        this.requestsPerTick = Math.max(1, requestsPerSecond * TICK_MILLIS / 1000);
        this.errorRate = errorRate;
        this.medianLatency = medianLatency;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metrics", this::metrics);
        server.createContext("/", this::work);
        server.setExecutor(Executors.newFixedThreadPool(4, daemon("simulated-service-http")));
        server.start();
        traffic = Executors.newSingleThreadScheduledExecutor(daemon("simulated-traffic"));
        traffic.scheduleAtFixedRate(this::simulateTick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(final String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Returns the address Prometheus scrapes.
     *
     * @return host:port
     */
    public String target() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String url() {
        return "http://" + target();
    }

    public void setErrorRate(final double value) {
        this.errorRate = value;
    }

    public void setMedianLatency(final double seconds) {
        this.medianLatency = seconds;
    }

    private void simulateTick() {
        for (int i = 0; i < requestsPerTick; i++) {
            handleOne();
        }
    }

    /** Decides one request's outcome and latency, records it, and returns whether it failed. */
    private synchronized boolean handleOne() {
        double gaussian =
                Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        double latency = medianLatency * Math.exp(0.5 * gaussian);
        boolean fails = random.nextDouble() < errorRate;
        if (fails) {
            failed++;
        } else {
            ok++;
        }
        for (int b = 0; b < BUCKETS.length; b++) {
            if (latency <= BUCKETS[b]) {
                bucketCounts[b]++;
            }
        }
        latencySum += latency;
        return fails;
    }

    private void work(final HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean fails = handleOne();
            reply(exchange, fails ? 500 : 200, fails ? "simulated failure\n" : "ok\n");
        }
    }

    private void metrics(final HttpExchange exchange) throws IOException {
        try (exchange) {
            reply(exchange, 200, exposition());
        }
    }

    private synchronized String exposition() {
        long total = ok + failed;
        StringBuilder text = new StringBuilder();
        text.append("# HELP http_requests_total Requests handled, by status code.\n")
                .append("# TYPE http_requests_total counter\n")
                .append("http_requests_total{code=\"200\"} ")
                .append(ok)
                .append('\n')
                .append("http_requests_total{code=\"500\"} ")
                .append(failed)
                .append('\n')
                .append("# HELP http_request_duration_seconds Request latency.\n")
                .append("# TYPE http_request_duration_seconds histogram\n");
        for (int b = 0; b < BUCKETS.length; b++) {
            text.append(String.format(
                    Locale.ROOT, "http_request_duration_seconds_bucket{le=\"%s\"} %d%n", BUCKETS[b], bucketCounts[b]));
        }
        text.append("http_request_duration_seconds_bucket{le=\"+Inf\"} ")
                .append(total)
                .append('\n')
                .append(String.format(Locale.ROOT, "http_request_duration_seconds_sum %.6f%n", latencySum))
                .append("http_request_duration_seconds_count ")
                .append(total)
                .append('\n');
        return text.toString();
    }

    private static void reply(final HttpExchange exchange, final int status, final String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        traffic.shutdownNow();
        server.stop(0);
    }
}
