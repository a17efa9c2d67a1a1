package io.jenkins.plugins.deploymentsop.metrics;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a number from any HTTP endpoint that answers JSON: the value at a JSON pointer (RFC 6901), e.g.
 * {@code /data/errorRate}. A number, or a text holding one, gives one sample; an array of numbers gives one sample per
 * element (for statistical judges); {@code null} is "no data"; a missing node or anything else is an error.
 */
public final class JsonHttpSource implements MetricSource {
    private final QueryTemplate url;
    private final JsonPointer pointer;
    private final HttpAuth auth;
    private final HttpFetcher fetcher;
    private final Clock clock;

    private JsonHttpSource(
            final QueryTemplate url,
            final JsonPointer pointer,
            final HttpAuth auth,
            final TimeSpan timeout,
            final Clock clock) {
        this.url = url;
        this.pointer = pointer;
        this.auth = auth;
        this.fetcher = new HttpFetcher(timeout.toDuration());
        this.clock = clock;
    }

    /**
     * Creates the source.
     *
     * @param url the URL template; placeholder values are percent-encoded
     * @param pointer the JSON pointer, e.g. {@code /data/errorRate}
     * @param auth the authentication, already resolved
     * @param timeout how long one request may take
     * @param clock the clock that stamps the values
     * @return the source
     * @throws InvalidInputException if the URL or the pointer is malformed, or the timeout is zero
     */
    public static JsonHttpSource create(
            final String url, final String pointer, final HttpAuth auth, final TimeSpan timeout, final Clock clock) {
        QueryTemplate template = QueryTemplate.url("url", url);
        if (template.variables().isEmpty()) {
            HttpEndpoints.parse("url", url);
        }
        if (timeout.isZero()) {
            throw new InvalidInputException("timeout", timeout.toString(), "a duration greater than 0, e.g. 10s");
        }
        return new JsonHttpSource(template, compile(pointer), auth, timeout, clock);
    }

    private static JsonPointer compile(final String pointer) {
        try {
            JsonPointer compiled = JsonPointer.compile(pointer);
            if (compiled.matches()) {
                throw new IllegalArgumentException("the empty pointer selects the whole document");
            }
            return compiled;
        } catch (IllegalArgumentException exception) {
            throw new InvalidInputException(
                    "pointer", pointer, "a JSON pointer to a number, starting with a slash, e.g. /data/errorRate");
        }
    }

    @Override
    public Measurement measure(final QueryVariables variables) throws InterruptedException {
        URI uri;
        try {
            uri = HttpEndpoints.parse("url", url.render(variables));
        } catch (InvalidInputException exception) {
            return Measurement.error(exception.getMessage());
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).header("Accept", "application/json").GET();
        auth.apply(request);
        HttpFetcher.Reply reply;
        try {
            reply = fetcher.send(request, uri);
        } catch (HttpFetcher.FetchException exception) {
            return Measurement.error(exception.getMessage());
        }
        String where = HttpEndpoints.withoutQuery(uri);
        if (!reply.isSuccess()) {
            return Measurement.error(String.format("%s answered HTTP %d: %s", where, reply.status(), reply.excerpt()));
        }
        JsonNode root;
        try {
            root = SecureJson.json().readTree(reply.body());
        } catch (IOException exception) {
            return Measurement.error(where + " did not answer JSON: " + reply.excerpt());
        }
        return read(root == null ? null : root.at(pointer), where, clock.instant());
    }

    private Measurement read(@CheckForNull final JsonNode node, final String where, final Instant now) {
        if (node == null || node.isMissingNode()) {
            return Measurement.error("the answer of " + where + " has nothing at " + pointer);
        }
        if (node.isNull()) {
            return Measurement.noData("the answer of " + where + " has null at " + pointer);
        }
        if (node.isArray()) {
            List<Sample> samples = new ArrayList<>();
            for (JsonNode element : node) {
                double value = number(element);
                if (Double.isNaN(value)) {
                    return Measurement.error("the array at " + pointer + " in the answer of " + where
                            + " holds a non-number: " + element);
                }
                samples.add(new Sample(now, value));
            }
            return samples.isEmpty()
                    ? Measurement.noData("the array at " + pointer + " in the answer of " + where + " is empty")
                    : Measurement.of(samples);
        }
        double value = number(node);
        if (Double.isNaN(value)) {
            return Measurement.error("the value at " + pointer + " in the answer of " + where + " is not a number: "
                    + abbreviate(node.toString()));
        }
        return Measurement.of(now, value);
    }

    private static double number(final JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText().trim());
            } catch (NumberFormatException exception) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String abbreviate(final String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    @Override
    public String describe() {
        return "JSON " + HttpEndpoints.withoutQuery(url.text()) + " at " + pointer + " (auth: " + auth + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
