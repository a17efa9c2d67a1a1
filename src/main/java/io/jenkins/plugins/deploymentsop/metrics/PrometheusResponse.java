package io.jenkins.plugins.deploymentsop.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the JSON answer of the Prometheus query API into a {@link Measurement}. A judged metric must be a single
 * series (or a scalar): several series are an error that tells the user to aggregate.
 */
final class PrometheusResponse {
    private static final int SERIES_SHOWN = 3;

    private PrometheusResponse() {}

    static Measurement parse(final HttpFetcher.Reply reply, final URI uri, final String promql) {
        JsonNode root;
        try {
            root = SecureJson.json().readTree(reply.body());
        } catch (JsonProcessingException exception) {
            return notJson(reply, uri);
        } catch (IOException exception) {
            return notJson(reply, uri);
        }
        if (root == null || !root.isObject()) {
            return notJson(reply, uri);
        }
        String status = root.path("status").asText("");
        if ("error".equals(status)) {
            // 400 bad_data: the query does not parse; 422 execution: it failed; 503 timeout/canceled
            return Measurement.error(String.format(
                    "Prometheus rejected the query (HTTP %d, %s): %s; query: %s",
                    reply.status(),
                    root.path("errorType").asText("unknown error type"),
                    root.path("error").asText("no message"),
                    promql));
        }
        if (!reply.isSuccess() || !"success".equals(status)) {
            return notJson(reply, uri);
        }
        try {
            return readData(root.path("data"), promql);
        } catch (IllegalArgumentException exception) {
            return Measurement.error(
                    "Prometheus answered in an unexpected format (" + exception.getMessage() + "); query: " + promql);
        }
    }

    private static Measurement notJson(final HttpFetcher.Reply reply, final URI uri) {
        return Measurement.error(String.format(
                "Prometheus at %s answered HTTP %d without a query result: %s",
                uri, reply.status(), reply.excerpt().isEmpty() ? "(empty body)" : reply.excerpt()));
    }

    private static Measurement readData(final JsonNode data, final String promql) {
        String type = data.path("resultType").asText("");
        JsonNode result = data.path("result");
        switch (type) {
            case "scalar":
                return fromPoints(List.of(result), promql);
            case "vector":
            case "matrix":
                if (!result.isArray()) {
                    throw new IllegalArgumentException("result is not a list");
                }
                if (result.isEmpty()) {
                    return Measurement.noData("the query returned no series (is there traffic, and do the labels "
                            + "match?); query: " + promql);
                }
                if (result.size() > 1) {
                    return Measurement.error(String.format(
                            "the query returned %d series, a judged metric needs exactly one: aggregate it, e.g. "
                                    + "sum(...) or max(...); series: %s; query: %s",
                            result.size(), describeSeries(result), promql));
                }
                JsonNode series = result.get(0);
                List<JsonNode> points = new ArrayList<>();
                if ("vector".equals(type)) {
                    points.add(series.path("value"));
                } else {
                    series.path("values").forEach(points::add);
                }
                return fromPoints(points, promql);
            default:
                return Measurement.error("the query returned a " + (type.isEmpty() ? "result of no type" : type)
                        + ", not a number; query: " + promql);
        }
    }

    private static Measurement fromPoints(final List<JsonNode> points, final String promql) {
        List<Sample> samples = new ArrayList<>();
        int notANumber = 0;
        for (JsonNode point : points) {
            if (!point.isArray() || point.size() != 2) {
                throw new IllegalArgumentException("a point is not [time, value]");
            }
            double value = parseValue(point.get(1).asText(""));
            if (Double.isNaN(value)) {
                notANumber++; // 0/0, e.g. an error ratio while there was no traffic: no information
            } else {
                samples.add(new Sample(parseTime(point.get(0)), value));
            }
        }
        if (samples.isEmpty()) {
            return Measurement.noData(String.format(
                    "the query returned NaN%s (typically 0/0: no requests in the window); query: %s",
                    notANumber > 1 ? " at all " + notANumber + " points" : "", promql));
        }
        return Measurement.of(samples);
    }

    private static Instant parseTime(final JsonNode time) {
        if (!time.isNumber()) {
            throw new IllegalArgumentException("a timestamp is not a number");
        }
        BigDecimal seconds = time.decimalValue();
        long whole = seconds.longValue();
        int nanos =
                seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    static double parseValue(final String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException exception) {
                    throw new IllegalArgumentException("'" + text + "' is not a number", exception);
                }
        }
    }

    private static String describeSeries(final JsonNode result) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(SERIES_SHOWN, result.size()); i++) {
            shown.add(labels(result.get(i).path("metric")));
        }
        return String.join(", ", shown) + (result.size() > SERIES_SHOWN ? ", ..." : "");
    }

    private static String labels(final JsonNode metric) {
        List<String> pairs = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = metric.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            pairs.add(field.getKey() + "=\"" + field.getValue().asText() + "\"");
        }
        return pairs.stream().collect(Collectors.joining(", ", "{", "}"));
    }
}
