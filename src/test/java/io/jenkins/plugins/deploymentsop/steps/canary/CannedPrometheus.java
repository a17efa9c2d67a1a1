package io.jenkins.plugins.deploymentsop.steps.canary;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A loopback HTTP server answering every instant query with one value, or with an empty result. */
final class CannedPrometheus implements AutoCloseable {
    private final HttpServer server;
    private final AtomicReference<String> value = new AtomicReference<>("0.001");
    private final AtomicInteger queries = new AtomicInteger();

    CannedPrometheus() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/query", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @param answer a number, or empty for an empty result (no data) */
    void answer(final String answer) {
        value.set(answer);
    }

    int queries() {
        return queries.get();
    }

    private void answer(final HttpExchange exchange) throws IOException {
        queries.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        String current = value.get();
        String result = current.isEmpty() ? "[]" : "[{\"metric\":{},\"value\":[1772355600.0,\"" + current + "\"]}]";
        byte[] body = ("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":" + result + "}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
