package io.jenkins.plugins.deploymentsop.metrics;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Prometheus (the Debian package's {@code /usr/bin/prometheus}) started by a test on a free loopback port,
 * with its configuration and data in a temporary directory and a one-second scrape interval. A missing binary fails
 * the test: install the package {@code prometheus}.
 */
public final class PrometheusProcess implements AutoCloseable {
    /** Where the Debian package installs the server. */
    public static final Path BINARY = Path.of("/usr/bin/prometheus");

    private static final long READY_TIMEOUT_MILLIS = 30_000;

    private final Process process;
    private final int port;
    private final Path log;

    /**
     * A scrape target with its labels.
     *
     * @param address host:port
     * @param labels labels Prometheus attaches to its series, e.g. version and color
     */
    public record Target(String address, Map<String, String> labels) {}

    private PrometheusProcess(final Process process, final int port, final Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Prometheus and waits until it is ready.
     *
     * @param directory a temporary directory for configuration, data and log
     * @param targets the targets to scrape every second
     * @return the running server
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting
     */
    public static PrometheusProcess start(final Path directory, final List<Target> targets)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install the Debian package 'prometheus'");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = directory.resolve("prometheus.yml");
        Files.writeString(config, configuration(targets), StandardCharsets.UTF_8);
        Path data = Files.createDirectories(directory.resolve("data"));
        Path log = directory.resolve("prometheus.log");
        Process process = new ProcessBuilder(
                        BINARY.toString(),
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + data,
                        "--storage.tsdb.retention.time=1h",
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PrometheusProcess prometheus = new PrometheusProcess(process, port, log);
        prometheus.awaitReady();
        return prometheus;
    }

    private static String configuration(final List<Target> targets) {
        StringBuilder yaml = new StringBuilder("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                + "  evaluation_interval: 1s\nscrape_configs:\n  - job_name: services\n    static_configs:\n");
        for (Target target : targets) {
            yaml.append("      - targets: ['").append(target.address()).append("']\n        labels:\n");
            target.labels().forEach((name, value) -> yaml.append("          ")
                    .append(name)
                    .append(": '")
                    .append(value)
                    .append("'\n"));
        }
        return yaml.toString();
    }

    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus exited with " + process.exitValue() + ": " + logTail());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(url() + "/-/ready").openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(500);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("Prometheus was not ready within 30s: " + logTail());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Returns the end of Prometheus' log, for failure messages.
     *
     * @return the last lines
     * @throws IOException if the log cannot be read
     */
    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.subList(Math.max(0, lines.size() - 10), lines.size()).stream()
                .collect(Collectors.joining("\n"));
    }

    /** Stops the server (TERM, then KILL after 10 seconds). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException exception) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
