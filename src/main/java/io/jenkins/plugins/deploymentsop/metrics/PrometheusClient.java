package io.jenkins.plugins.deploymentsop.metrics;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client of the Prometheus HTTP API ({@code /api/v1/query} and {@code /api/v1/query_range}). Queries are sent as
 * form posts, so long PromQL never hits URL length limits. Every failure becomes an error {@link Measurement} with a
 * one-line reason; an empty result or NaN becomes "no data", never 0.
 */
public final class PrometheusClient {
    /** Prometheus refuses ranges with more points than this per series. */
    public static final int MAX_POINTS = 11_000;

    private final URI baseUrl;
    private final HttpAuth auth;
    private final TimeSpan timeout;
    private final HttpFetcher fetcher;
    private final Clock clock;

    private PrometheusClient(final URI baseUrl, final HttpAuth auth, final TimeSpan timeout, final Clock clock) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.timeout = timeout;
        this.fetcher = new HttpFetcher(timeout.toDuration());
        this.clock = clock;
    }

    /**
     * Creates a client.
     *
     * @param url the Prometheus base URL, e.g. {@code http://prometheus:9090} (a path prefix is kept)
     * @param auth the authentication, already resolved
     * @param timeout how long one query may take (sent to Prometheus too)
     * @return the client
     * @throws InvalidInputException if the URL is not an http(s) URL or the timeout is zero
     */
    public static PrometheusClient create(final String url, final HttpAuth auth, final TimeSpan timeout) {
        return create(url, auth, timeout, Clock.systemUTC());
    }

    /**
     * Creates a client with a clock for the evaluation time of instant queries.
     *
     * @param url the Prometheus base URL
     * @param auth the authentication
     * @param timeout how long one query may take
     * @param clock the clock
     * @return the client
     */
    public static PrometheusClient create(
            final String url, final HttpAuth auth, final TimeSpan timeout, final Clock clock) {
        URI uri = HttpEndpoints.parse("prometheusUrl", url);
        if (timeout.isZero()) {
            throw new InvalidInputException("timeout", timeout.toString(), "a duration greater than 0, e.g. 10s");
        }
        return new PrometheusClient(uri, auth, timeout, clock);
    }

    /**
     * Runs an instant query evaluated now.
     *
     * @param promql the query, placeholders already filled
     * @return one value, no data, or an error
     * @throws InterruptedException if interrupted while waiting
     */
    public Measurement instant(final String promql) throws InterruptedException {
        return instant(promql, clock.instant());
    }

    /**
     * Runs an instant query.
     *
     * @param promql the query
     * @param time the evaluation time
     * @return one value, no data, or an error
     * @throws InterruptedException if interrupted while waiting
     */
    public Measurement instant(final String promql, final Instant time) throws InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("query", promql);
        form.put("time", epochSeconds(time));
        form.put("timeout", timeout.toMillis() + "ms");
        return post("/api/v1/query", form, promql);
    }

    /**
     * Runs a range query.
     *
     * @param promql the query
     * @param start the first evaluation time
     * @param end the last evaluation time
     * @param step the distance between evaluations
     * @return the values of the single series, no data, or an error
     * @throws InterruptedException if interrupted while waiting
     * @throws InvalidInputException if the step is zero, the range is reversed or has too many points
     */
    public Measurement range(final String promql, final Instant start, final Instant end, final TimeSpan step)
            throws InterruptedException {
        checkRange(start, end, step);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("query", promql);
        form.put("start", epochSeconds(start));
        form.put("end", epochSeconds(end));
        form.put("step", step.toMillis() / 1000.0 + "");
        form.put("timeout", timeout.toMillis() + "ms");
        return post("/api/v1/query_range", form, promql);
    }

    /**
     * Runs an instant query that must give exactly one number, for gates such as the checklist's metric check.
     *
     * @param promql the query
     * @return the value
     * @throws MetricUnavailableException if the query failed or had no data (the message says why)
     * @throws InterruptedException if interrupted while waiting
     */
    public double instantValue(final String promql) throws InterruptedException {
        Measurement measurement = instant(promql);
        if (!measurement.isOk()) {
            throw new MetricUnavailableException(measurement);
        }
        return measurement.lastValue();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Names the server and the kind of authentication, never the secret. */
    @Override
    public String toString() {
        return "Prometheus " + baseUrl + " (auth: " + auth + ", timeout " + timeout + ")";
    }

    static void checkRange(final Instant start, final Instant end, final TimeSpan step) {
        if (step.isZero()) {
            throw new InvalidInputException("step", step.toString(), "a duration greater than 0, e.g. 15s");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("range", start + " .. " + end, "a start that is not after the end");
        }
        long points = Duration.between(start, end).toMillis() / step.toMillis() + 1;
        if (points > MAX_POINTS) {
            throw new InvalidInputException(
                    "step",
                    step.toString(),
                    String.format(
                            Locale.ROOT,
                            "a step that gives at most %d points for the range of %s (this gives %d)",
                            MAX_POINTS,
                            TimeSpan.of("range", Duration.between(start, end)),
                            points));
        }
    }

    private Measurement post(final String path, final Map<String, String> form, final String promql)
            throws InterruptedException {
        URI uri = HttpEndpoints.resolve(baseUrl, path);
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        auth.apply(request);
        try {
            HttpFetcher.Reply reply = fetcher.send(request, uri);
            return PrometheusResponse.parse(reply, uri, promql);
        } catch (HttpFetcher.FetchException exception) {
            return Measurement.error("Prometheus: " + exception.getMessage());
        }
    }

    static String epochSeconds(final Instant time) {
        return String.format(Locale.ROOT, "%d.%03d", time.getEpochSecond(), time.getNano() / 1_000_000);
    }
}
