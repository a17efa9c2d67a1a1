package io.jenkins.plugins.deploymentsop.traffic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The HAProxy Runtime API in non-interactive mode: one connection per call, commands separated by {@code ;}, the
 * answer read until HAProxy closes the connection. Works over a UNIX socket ({@code /run/haproxy/admin.sock} or
 * {@code unix:/path}) or TCP ({@code 127.0.0.1:9999} or {@code tcp:host:port}).
 */
final class HaproxyRuntimeApi {
    private static final int MAX_ANSWER = 4 * 1024 * 1024;

    private final String address;
    private final Duration timeout;

    HaproxyRuntimeApi(final String address, final Duration timeout) {
        this.address = address;
        this.timeout = timeout;
    }

    /**
     * Tells whether an address is one this client understands.
     *
     * @param address the address
     * @return {@code true} for a path, {@code unix:path}, {@code host:port} or {@code tcp:host:port}
     */
    static boolean isValidAddress(final String address) {
        try {
            socketAddress(address);
            return true;
        } catch (IllegalArgumentException exception) {
            return false;
        }
    }

    String address() {
        return address;
    }

    /**
     * Sends commands and returns HAProxy's answer.
     *
     * @param commands one or more commands separated by {@code ;}
     * @return the answer, one block per command
     * @throws IOException if the socket cannot be reached or the answer does not arrive in time
     */
    String execute(final String commands) throws IOException {
        SocketAddress target = socketAddress(address);
        StandardProtocolFamily family =
                target instanceof UnixDomainSocketAddress ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(family);
                Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(target)) {
                await(channel, selector, SelectionKey.OP_CONNECT, deadline, "connect");
                channel.finishConnect();
            }
            ByteBuffer request = ByteBuffer.wrap((commands + "\n").getBytes(StandardCharsets.US_ASCII));
            while (request.hasRemaining()) {
                if (channel.write(request) == 0) {
                    await(channel, selector, SelectionKey.OP_WRITE, deadline, "send");
                }
            }
            return readUntilClosed(channel, selector, deadline);
        }
    }

    private String readUntilClosed(final SocketChannel channel, final Selector selector, final long deadline)
            throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        while (true) {
            int read = channel.read(buffer);
            if (read < 0) {
                return answer.toString(StandardCharsets.US_ASCII);
            }
            if (read == 0) {
                await(channel, selector, SelectionKey.OP_READ, deadline, "read the answer");
                continue;
            }
            answer.write(buffer.array(), 0, buffer.position());
            buffer.clear();
            if (answer.size() > MAX_ANSWER) {
                throw new IOException("Answer of the HAProxy Runtime API is larger than " + MAX_ANSWER + " bytes");
            }
        }
    }

    private void await(
            final SocketChannel channel,
            final Selector selector,
            final int operation,
            final long deadline,
            final String what)
            throws IOException {
        SelectionKey key = channel.register(selector, operation);
        try {
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remaining <= 0 || selector.select(remaining) == 0) {
                throw new IOException("Timed out after " + timeout.toMillis() + " ms trying to " + what
                        + " at the HAProxy Runtime API " + address);
            }
        } finally {
            key.interestOps(0);
            selector.selectedKeys().clear();
        }
    }

    private static SocketAddress socketAddress(final String address) {
        String trimmed = address.trim();
        if (trimmed.startsWith("unix:")) {
            return UnixDomainSocketAddress.of(Path.of(trimmed.substring("unix:".length())));
        }
        if (trimmed.startsWith("/")) {
            return UnixDomainSocketAddress.of(Path.of(trimmed));
        }
        String hostPort = trimmed.startsWith("tcp:") ? trimmed.substring("tcp:".length()) : trimmed;
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("Not a socket address: " + address);
        }
        String host = hostPort.substring(0, colon).replace("[", "").replace("]", "");
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("Port out of range: " + address);
            }
            return new InetSocketAddress(host, port);
        } catch (NumberFormatException exception) {
            throw new IllegalArgumentException("Not a socket address: " + address, exception);
        }
    }
}
