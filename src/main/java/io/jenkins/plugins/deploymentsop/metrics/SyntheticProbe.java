package io.jenkins.plugins.deploymentsop.metrics;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures an endpoint by calling it: sends the plan's requests, a bounded number at a time, and counts failures
 * and latencies. For teams without monitoring: the error rate and latency percentiles come from the probe itself.
 * The requests go out from the JVM that runs the probe (for {@code rollbackIfUnhealthy}, the Jenkins controller), over
 * the shared HTTP client of {@link SharedHttpClients}.
 */
public final class SyntheticProbe {
    private final URI url;
    private final ProbePlan plan;
    private final HttpAuth auth;

    /**
     * Creates a probe.
     *
     * @param url the endpoint, an http(s) URL
     * @param plan how many requests, how many at once, the timeout and the success codes
     * @param auth the authentication, already resolved
     * @throws InvalidInputException if the URL is not an http(s) URL
     */
    public SyntheticProbe(final String url, final ProbePlan plan, final HttpAuth auth) {
        this.url = HttpEndpoints.parse("url", url);
        this.plan = plan;
        this.auth = auth;
    }

    /**
     * Sends the requests and waits for all of them (each is bounded by the plan's timeout).
     *
     * @return what the probe saw
     * @throws InterruptedException if interrupted; requests in flight are abandoned
     */
    public ProbeResult run() throws InterruptedException {
        HttpClient client = SharedHttpClients.withConnectTimeout(plan.timeout().toDuration());
        ExecutorService pool = Executors.newFixedThreadPool(plan.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "synthetic-probe " + HttpEndpoints.withoutQuery(url));
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Callable<Attempt>> calls = new ArrayList<>();
            for (int i = 0; i < plan.requests(); i++) {
                calls.add(() -> attempt(client));
            }
            List<Future<Attempt>> futures = pool.invokeAll(calls);
            return summarize(futures);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(plan.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private ProbeResult summarize(final List<Future<Attempt>> futures) throws InterruptedException {
        int errors = 0;
        double[] latencies = new double[futures.size()];
        int answered = 0;
        String firstFailure = "";
        for (Future<Attempt> future : futures) {
            Attempt attempt;
            try {
                attempt = future.get();
            } catch (ExecutionException exception) {
                attempt = Attempt.failed("probe error: " + exception.getCause());
            }
            if (attempt.latencySeconds().isPresent()) {
                latencies[answered++] = attempt.latencySeconds().get();
            }
            if (attempt.failure().isPresent()) {
                errors++;
                if (firstFailure.isEmpty()) {
                    firstFailure = attempt.failure().get();
                }
            }
        }
        double[] answeredLatencies = new double[answered];
        System.arraycopy(latencies, 0, answeredLatencies, 0, answered);
        return new ProbeResult(futures.size(), errors, answeredLatencies, firstFailure);
    }

    private Attempt attempt(final HttpClient client) throws InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url).timeout(plan.timeout().toDuration()).GET();
        auth.apply(request);
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (plan.isSuccess(response.statusCode())) {
                return new Attempt(Optional.of(seconds), Optional.empty());
            }
            return new Attempt(Optional.of(seconds), Optional.of("HTTP " + response.statusCode()));
        } catch (HttpTimeoutException exception) {
            return Attempt.failed("no answer within " + plan.timeout());
        } catch (IOException exception) {
            return Attempt.failed(exception.getMessage() == null ? exception.toString() : exception.getMessage());
        }
    }

    @Override
    public String toString() {
        return "probe of " + HttpEndpoints.withoutQuery(url) + " (" + plan.requests() + " requests, "
                + plan.concurrency() + " at once, timeout " + plan.timeout() + ")";
    }

    /** The outcome of one request: a latency if answered, a failure text if it failed. */
    private record Attempt(Optional<Double> latencySeconds, Optional<String> failure) {
        static Attempt failed(final String failure) {
            return new Attempt(Optional.empty(), Optional.of(failure));
        }
    }
}
