package io.jenkins.plugins.deploymentsop.health;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Probes that a TCP port accepts connections. */
public final class TcpProbe implements HealthProbe {
    private final String host;
    private final int port;
    private final TimeSpan timeout;

    /**
     * Creates the probe.
     *
     * @param host the host name or address
     * @param port the port, 1 to 65535
     * @param timeout how long a connect may take
     */
    public TcpProbe(final String host, final int port, final TimeSpan timeout) {
        if (host.isBlank()) {
            throw new InvalidInputException("host", host, "a host name or address");
        }
        if (port < 1 || port > 65_535) {
            throw new InvalidInputException("port", String.valueOf(port), "a port from 1 to 65535");
        }
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "TCP " + host + ":" + port;
    }

    @Override
    public ProbeAttempt attempt() {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            return ProbeAttempt.passed(latency, "connected in " + latency.toMillis() + " ms");
        } catch (SocketTimeoutException exception) {
            return ProbeAttempt.failed(Duration.ofNanos(System.nanoTime() - start), "no connection within " + timeout);
        } catch (IOException exception) {
            return ProbeAttempt.failed(
                    Duration.ofNanos(System.nanoTime() - start), "cannot connect: " + exception.getMessage());
        }
    }
}
