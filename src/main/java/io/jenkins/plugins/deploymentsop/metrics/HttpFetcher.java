package io.jenkins.plugins.deploymentsop.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends one request with a timeout and a bound on the answer, and turns every failure into a one-line message. The
 * HTTP client is shared (see {@link SharedHttpClients}) and looked up when a request is sent, so creating a fetcher,
 * e.g. to validate a source's parameters, builds no client; the timeout is set on each request.
 */
final class HttpFetcher {
    /** Largest answer read: a judged metric is a handful of series, never megabytes. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final Duration timeout;

    HttpFetcher(final Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Sends a request.
     *
     * @param request the request, without timeout (added here)
     * @param target the URL, for messages (printed without its query string)
     * @return the status and body
     * @throws FetchException with a one-line message if the server could not be reached or answered too much
     * @throws InterruptedException if interrupted while waiting
     */
    Reply send(final HttpRequest.Builder request, final URI target) throws FetchException, InterruptedException {
        String uri = HttpEndpoints.withoutQuery(target); // a query string may hold an API key
        HttpResponse<InputStream> response;
        try {
            HttpClient client = SharedHttpClients.withConnectTimeout(timeout);
            response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException exception) {
            throw new FetchException("cannot connect to " + uri + " within " + describe(timeout));
        } catch (HttpTimeoutException exception) {
            throw new FetchException("no answer from " + uri + " within " + describe(timeout));
        } catch (ConnectException exception) {
            throw new FetchException("cannot connect to " + uri + ": " + reason(exception, "connection refused"));
        } catch (IOException | UnresolvedAddressException exception) {
            throw new FetchException("request to " + uri + " failed: " + reason(exception, exception.toString()));
        }
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new FetchException(
                        "the answer of " + uri + " is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
            }
            return new Reply(response.statusCode(), bytes);
        } catch (IOException exception) {
            throw new FetchException("reading the answer of " + uri + " failed: " + reason(exception, "I/O error"));
        }
    }

    private static String reason(final Exception exception, final String fallback) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? fallback : message;
    }

    private static String describe(final Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    /**
     * A status code and body.
     *
     * @param status the HTTP status
     * @param body the body bytes
     */
    record Reply(int status, byte[] body) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** Returns the start of the body as one line, for error messages. */
        String excerpt() {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return text.replaceAll("\\s+", " ").strip();
        }
    }

    /** A failure to get an answer, with a message fit for a build log. */
    static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(final String message) {
            super(message);
        }
    }
}
