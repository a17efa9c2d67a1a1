package io.jenkins.plugins.deploymentsop.traffic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a router's status location over plain HTTP on a fresh connection each time. A pooled keep-alive connection
 * would stay with an old nginx worker after a reload and report the old configuration; a new connection is always
 * served by the workers that accept new connections, i.e. by what new clients get.
 */
final class StatusEndpoint {
    private static final int MAX_RESPONSE = 64 * 1024;

    private final URI uri;
    private final Duration timeout;

    StatusEndpoint(final URI uri, final Duration timeout) {
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("Status URL must be http://host[:port]/path: " + uri);
        }
        this.uri = uri;
        this.timeout = timeout;
    }

    URI uri() {
        return uri;
    }

    /**
     * Fetches the status body.
     *
     * @return the body of a 200 response
     * @throws IOException if the connection fails or the status is not 200
     */
    String get() throws IOException {
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        try (Socket socket = new Socket()) {
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            socket.connect(new InetSocketAddress(uri.getHost(), port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readAll(socket.getInputStream());
            int headerEnd = response.indexOf("\r\n\r\n");
            String statusLine = response.lines().findFirst().orElse("");
            String[] parts = statusLine.split(" ", 3);
            if (headerEnd < 0
                    || parts.length < 2
                    || !parts[0].toUpperCase(Locale.ROOT).startsWith("HTTP/")) {
                throw new IOException("Not an HTTP response from " + uri + ": '" + SplitText.excerpt(response) + "'");
            }
            String body = response.substring(headerEnd + 4);
            if (!"200".equals(parts[1])) {
                throw new IOException("Status " + parts[1] + " from " + uri + ": '" + SplitText.excerpt(body) + "'");
            }
            return body;
        }
    }

    private static String readAll(final InputStream input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        int read;
        while ((read = input.read(chunk)) >= 0) {
            bytes.write(chunk, 0, read);
            if (bytes.size() > MAX_RESPONSE) {
                throw new IOException("Response from status URL is larger than " + MAX_RESPONSE + " bytes");
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
