package io.jenkins.plugins.deploymentsop.checklist.check;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Health checks pass": an HTTP endpoint answers with an expected status, optionally a body containing a text or a
 * JSON value at a pointer, within a maximum latency. Failed attempts are retried with doubling backoff.
 */
public final class HttpCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "http";
    private static final int MAX_BODY = 1024 * 1024;
    private static final int MAX_RETRIES = 10;

    private final String url;
    private final String method;
    private final StatusSet expectedStatus;

    @CheckForNull
    private final String bodyContains;

    @CheckForNull
    private final String jsonPointer;

    @CheckForNull
    private final String jsonValue;

    @CheckForNull
    private final TimeSpan maxLatency;

    private final TimeSpan timeout;
    private final int retries;
    private final TimeSpan backoff;

    private HttpCheck(final ItemFields fields) {
        url = fields.string("url", "the endpoint, e.g. https://shop.example.com/health");
        checkUrl(fields, url);
        method = fields.parsed("method", HttpCheck::method).orElse("GET");
        expectedStatus =
                fields.parsedJoined("expectedStatus", StatusSet::valueOf).orElse(StatusSet.SUCCESS);
        bodyContains = fields.optionalString("bodyContains").orElse(null);
        jsonPointer = fields.optionalString("jsonPointer").orElse(null);
        jsonValue = fields.optionalString("jsonValue").orElse(null);
        if (jsonPointer != null) {
            try {
                JsonPointer.compile(jsonPointer);
            } catch (IllegalArgumentException exception) {
                throw fields.invalid("jsonPointer", "a JSON pointer starting with '/', e.g. /status");
            }
        } else if (jsonValue != null) {
            throw fields.problem("'jsonValue' needs 'jsonPointer', the place in the body where the value is");
        }
        maxLatency = fields.timeSpan("maxLatency").orElse(null);
        timeout = fields.timeSpan("timeout").orElse(TimeSpan.ofSeconds(10));
        retries = fields.integer("retries", 0, MAX_RETRIES).orElse(2);
        backoff = fields.timeSpan("backoff").orElse(TimeSpan.ofSeconds(1));
        if (timeout.isZero()) {
            throw fields.invalid("timeout", "a duration above 0, e.g. 10s");
        }
    }

    static HttpCheck read(final ItemFields fields) {
        return new HttpCheck(fields);
    }

    private static void checkUrl(final ItemFields fields, final String url) {
        try {
            URI uri = URI.create(url.replaceAll("\\$\\{[^}]*}", "x"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException exception) {
            // reported below
        }
        throw fields.invalid("url", "an http:// or https:// URL with a host, e.g. https://shop.example.com/health");
    }

    private static String method(final String parameter, final String text) {
        String method = text.strip().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new InvalidInputException(parameter, text, "GET or HEAD");
        }
        return method;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean runsConcurrently() {
        return true;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) {
        URI uri;
        try {
            uri = URI.create(context.expand(url));
        } catch (IllegalArgumentException exception) {
            return CheckOutcome.error("Invalid url '" + context.expand(url) + "': " + exception.getMessage());
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(context.http().connectTimeout().toDuration())
                .followRedirects(
                        context.http().followRedirects() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .build();
        String request = method + " " + uri;
        Attempt last = null;
        Duration wait = backoff.toDuration();
        for (int attempt = 1; attempt <= retries + 1; attempt++) {
            last = attempt(client, uri);
            if (last.problems.isEmpty()) {
                return CheckOutcome.passed(request + " → " + last.summary()
                                + (attempt > 1 ? String.format(" (attempt %d of %d)", attempt, retries + 1) : ""))
                        .withDetails(last.details(uri, attempt));
            }
            if (attempt <= retries) {
                try {
                    context.sleeper().sleep(wait);
                } catch (InterruptedException exception) {
                    Thread.currentThread().interrupt();
                    return CheckOutcome.error(request + ": interrupted while waiting to retry");
                }
                wait = wait.multipliedBy(2);
            }
        }
        return CheckOutcome.failed(String.format(
                        "%s → %s after %s",
                        request, String.join("; ", last.problems), Texts.count(retries + 1, "attempt", "attempts")))
                .withDetails(last.details(uri, retries + 1));
    }

    private Attempt attempt(final HttpClient client, final URI uri) {
        Attempt attempt = new Attempt();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout.toDuration())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "deployment-sop-checklist")
                .build();
        long start = System.nanoTime();
        byte[] body;
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream input = response.body()) {
                body = input.readNBytes(MAX_BODY);
            }
            attempt.status = response.statusCode();
        } catch (HttpTimeoutException exception) {
            attempt.problems.add("no answer within " + timeout);
            return attempt;
        } catch (IOException exception) {
            attempt.problems.add("request failed: " + describe(exception));
            return attempt;
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            attempt.problems.add("interrupted");
            return attempt;
        }
        attempt.millis = (System.nanoTime() - start) / 1_000_000;
        judge(attempt, new String(body, StandardCharsets.UTF_8));
        return attempt;
    }

    private void judge(final Attempt attempt, final String body) {
        if (!expectedStatus.contains(attempt.status)) {
            attempt.problems.add(String.format(
                    "status %d (expected %s)%s",
                    attempt.status, expectedStatus, body.isBlank() ? "" : ", body: " + Texts.oneLine(body, 120)));
        }
        if (maxLatency != null && attempt.millis > maxLatency.toMillis()) {
            attempt.problems.add(String.format("took %d ms (max %s)", attempt.millis, maxLatency));
        }
        if (bodyContains != null) {
            if (body.contains(bodyContains)) {
                attempt.notes.add("body contains '" + bodyContains + "'");
            } else {
                attempt.problems.add("body does not contain '" + bodyContains + "'");
            }
        }
        if (jsonPointer != null) {
            judgeJson(attempt, body);
        }
    }

    private void judgeJson(final Attempt attempt, final String body) {
        JsonNode value;
        try {
            value = SecureJson.json().readTree(body).at(jsonPointer);
        } catch (IOException | RuntimeException exception) {
            attempt.problems.add("body is not JSON, so " + jsonPointer + " cannot be read");
            return;
        }
        if (value.isMissingNode() || value.isNull()) {
            attempt.problems.add("no value at " + jsonPointer + " in the body");
        } else if (jsonValue != null && !sameValue(value, jsonValue)) {
            attempt.problems.add(String.format("%s is %s (expected %s)", jsonPointer, value, jsonValue));
        } else {
            attempt.notes.add(jsonPointer + " = " + (value.isValueNode() ? value.asText() : value.toString()));
        }
    }

    private static boolean sameValue(final JsonNode actual, final String expected) {
        if (!actual.isValueNode()) {
            return false;
        }
        if (actual.isNumber()) {
            try {
                return actual.decimalValue().compareTo(new BigDecimal(expected.strip())) == 0;
            } catch (NumberFormatException exception) {
                return false;
            }
        }
        return actual.asText().equals(expected);
    }

    private static String describe(final IOException exception) {
        String message = exception.getMessage();
        Throwable cause = exception.getCause();
        if ((message == null || message.isBlank()) && cause != null) {
            message = cause.getMessage();
        }
        return exception.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    public Optional<TimeSpan> maxLatency() {
        return Optional.ofNullable(maxLatency);
    }

    public int retries() {
        return retries;
    }

    /** What one request found. */
    private static final class Attempt {
        private int status;
        private long millis;
        private final List<String> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        String summary() {
            StringBuilder text = new StringBuilder()
                    .append(status)
                    .append(" in ")
                    .append(millis)
                    .append(" ms");
            for (String note : notes) {
                text.append("; ").append(note);
            }
            return text.toString();
        }

        Details details(final URI uri, final int attempts) {
            return Details.builder()
                    .count("status", status)
                    .count("latencyMs", millis)
                    .count("attempts", attempts)
                    .failures(problems)
                    .link("endpoint", uri.toString())
                    .build();
        }
    }
}
