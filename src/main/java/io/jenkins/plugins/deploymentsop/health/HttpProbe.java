package io.jenkins.plugins.deploymentsop.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Probes an HTTP(S) endpoint with {@code GET} and checks status, latency, body and JSON value. */
public final class HttpProbe implements HealthProbe {
    private static final int MAX_BODY = 1024 * 1024;
    private static final int EXCERPT = 120;

    private final HttpProbeSettings settings;
    private final HttpClient client;

    /**
     * Creates the probe.
     *
     * @param settings what to check
     */
    public HttpProbe(final HttpProbeSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout().toDuration())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String name() {
        return "GET " + settings.url();
    }

    @Override
    public ProbeAttempt attempt() throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout().toDuration())
                .GET();
        settings.headers().forEach(request::header);
        settings.credentials().authorizationHeader().ifPresent(value -> request.header("Authorization", value));
        long start = System.nanoTime();
        HttpResponse<InputStream> response;
        String body;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream input = response.body()) {
                body = new String(input.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
            }
        } catch (HttpTimeoutException exception) {
            return ProbeAttempt.failed(elapsed(start), "no answer within " + settings.timeout());
        } catch (ConnectException exception) {
            return ProbeAttempt.failed(elapsed(start), "connection refused or unreachable");
        } catch (IOException exception) {
            return ProbeAttempt.failed(
                    elapsed(start), "request failed: " + mask(String.valueOf(exception.getMessage())));
        }
        Duration latency = elapsed(start);
        return check(response.statusCode(), body, latency)
                .map(failure -> ProbeAttempt.failed(latency, failure))
                .orElseGet(() -> ProbeAttempt.passed(
                        latency, "status " + response.statusCode() + " in " + latency.toMillis() + " ms"));
    }

    private Optional<String> check(final int status, final String body, final Duration latency) {
        if (!settings.statuses().contains(status)) {
            return Optional.of("status " + status + ", expected " + settings.statuses() + excerpt(body));
        }
        if (settings.maxLatency().isPresent()
                && latency.compareTo(settings.maxLatency().get().toDuration()) > 0) {
            return Optional.of("latency " + latency.toMillis() + " ms > maxLatency "
                    + settings.maxLatency().get());
        }
        if (settings.bodyContains().isPresent()
                && !body.contains(settings.bodyContains().get())) {
            return Optional.of(
                    "body does not contain '" + settings.bodyContains().get() + "'" + excerpt(body));
        }
        if (settings.bodyMatches().isPresent()
                && !settings.bodyMatches().get().matcher(body).find()) {
            return Optional.of("body does not match /" + settings.bodyMatches().get() + "/" + excerpt(body));
        }
        if (settings.jsonPointer().isPresent()) {
            return checkJson(body);
        }
        return Optional.empty();
    }

    private Optional<String> checkJson(final String body) {
        String pointer = settings.jsonPointer().get().toString();
        JsonNode node;
        try {
            node = SecureJson.json().readTree(body).at(settings.jsonPointer().get());
        } catch (JsonProcessingException exception) {
            return Optional.of("body is not JSON (" + exception.getOriginalMessage() + ")" + excerpt(body));
        }
        if (node.isMissingNode()) {
            return Optional.of("no JSON value at " + pointer + excerpt(body));
        }
        String actual = node.isValueNode() ? node.asText() : node.toString();
        if (!actual.equals(settings.jsonEquals())) {
            return Optional.of(
                    "JSON " + pointer + " is '" + mask(actual) + "', expected '" + settings.jsonEquals() + "'");
        }
        return Optional.empty();
    }

    private String excerpt(final String body) {
        String oneLine = mask(body.strip().replaceAll("\\s+", " "));
        if (oneLine.isEmpty()) {
            return "";
        }
        return " (body: '" + (oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…") + "')";
    }

    private String mask(final String text) {
        return settings.credentials().mask(text);
    }

    private static Duration elapsed(final long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
