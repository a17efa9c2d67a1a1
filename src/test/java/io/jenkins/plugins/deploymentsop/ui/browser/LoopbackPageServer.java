package io.jenkins.plugins.deploymentsop.ui.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP server on 127.0.0.1 (a free port) that serves the pages under test, each with its own
 * Content-Security-Policy header, and records every CSP violation report the browser posts to {@link #REPORT_PATH}.
 */
public final class LoopbackPageServer implements AutoCloseable {
    /** Where browsers post CSP violation reports ({@code report-uri}). */
    public static final String REPORT_PATH = "/csp-report";

    private static final int MAX_REPORT_BYTES = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<String> violationReports = new CopyOnWriteArrayList<>();
    private final List<String> requestedPaths = new CopyOnWriteArrayList<>();

    private LoopbackPageServer(final HttpServer server) {
        this.server = server;
    }

    /**
     * Starts a server on a free loopback port.
     *
     * @return the running server
     * @throws IOException if no port can be bound
     */
    public static LoopbackPageServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        LoopbackPageServer pages = new LoopbackPageServer(server);
        server.createContext("/", pages::handle);
        server.setExecutor(pages.executor);
        server.start();
        return pages;
    }

    /**
     * Serves an HTML page.
     *
     * @param path the path, e.g. {@code /report/rolled-back}
     * @param html the page
     * @param contentSecurityPolicy the policy header, empty for none; a report-uri to this server is appended
     */
    public void page(final String path, final String html, final String contentSecurityPolicy) {
        resources.put(path, new Resource("text/html; charset=utf-8", html, contentSecurityPolicy));
    }

    /**
     * Serves a stylesheet.
     *
     * @param path the path
     * @param css the stylesheet
     */
    public void stylesheet(final String path, final String css) {
        resources.put(path, new Resource("text/css; charset=utf-8", css, ""));
    }

    /** Returns the URL of a path on this server. */
    public String url(final String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Returns the bodies of the CSP violation reports received so far. */
    public List<String> violationReports() {
        return List.copyOf(violationReports);
    }

    /** Returns the paths requested so far, in order (a page under test must load nothing it was not meant to). */
    public List<String> requestedPaths() {
        return List.copyOf(requestedPaths);
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requestedPaths.add(exchange.getRequestMethod() + " " + path);
            if (REPORT_PATH.equals(path)) {
                violationReports.add(readBounded(exchange.getRequestBody()));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            Optional<Resource> resource = Optional.ofNullable(resources.get(path));
            if (resource.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = resource.get().body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", resource.get().contentType());
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!resource.get().contentSecurityPolicy().isEmpty()) {
                exchange.getResponseHeaders()
                        .set(
                                "Content-Security-Policy",
                                resource.get().contentSecurityPolicy() + "; report-uri " + REPORT_PATH);
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream output = exchange.getResponseBody()) {
                output.write(body);
            }
        }
    }

    private static String readBounded(final InputStream input) throws IOException {
        byte[] bytes = input.readNBytes(MAX_REPORT_BYTES);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A served document. */
    private record Resource(String contentType, String body, String contentSecurityPolicy) {}
}
