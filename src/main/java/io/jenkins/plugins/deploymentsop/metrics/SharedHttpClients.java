package io.jenkins.plugins.deploymentsop.metrics;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK HTTP clients of all metric sources and synthetic probes: one per distinct connect timeout, shared by every
 * source and every watched deployment of the JVM. Each client keeps a selector thread and a pool of workers, so a
 * client per source cost about three threads per watched deployment. What differs per source (the request timeout,
 * authentication, the URL) travels on each request.
 */
final class SharedHttpClients {
    /** The clients of this JVM. */
    static final SharedHttpClients SHARED = new SharedHttpClients(16);

    private final int capacity;
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    /**
     * Creates an empty set of clients.
     *
     * @param capacity how many distinct connect timeouts get a shared client; beyond, each caller gets its own client
     */
    SharedHttpClients(final int capacity) {
        this.capacity = capacity;
    }

    /**
     * Returns the shared client of the JVM for a connect timeout.
     *
     * @param connectTimeout how long connecting may take
     * @return the client: never following redirects, HTTP/1.1
     */
    static HttpClient withConnectTimeout(final Duration connectTimeout) {
        return SHARED.client(connectTimeout);
    }

    /**
     * Returns the client for a connect timeout, building it on first use.
     *
     * @param connectTimeout how long connecting may take
     * @return the client: never following redirects, HTTP/1.1
     */
    HttpClient client(final Duration connectTimeout) {
        HttpClient shared = clients.get(connectTimeout);
        if (shared != null) {
            return shared;
        }
        if (clients.size() >= capacity) {
            return build(connectTimeout); // keeps the cache bounded, whatever timeouts Pipelines choose
        }
        return clients.computeIfAbsent(connectTimeout, SharedHttpClients::build);
    }

    /** Returns how many clients are shared now. */
    int size() {
        return clients.size();
    }

    private static HttpClient build(final Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }
}
