package io.jenkins.plugins.deploymentsop.health;

import com.fasterxml.jackson.core.JsonPointer;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What an HTTP probe checks: URL, accepted statuses, body text or regex, a JSON value at a pointer, the latency, plus
 * headers and credentials to send. Built with {@link #builder(String)}; every check is optional except the status.
 */
public final class HttpProbeSettings {
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    private final URI url;
    private final StatusSet statuses;
    private final Optional<String> bodyContains;
    private final Optional<Pattern> bodyMatches;
    private final Optional<JsonPointer> jsonPointer;
    private final String jsonEquals;
    private final Optional<TimeSpan> maxLatency;
    private final Map<String, String> headers;
    private final ProbeCredentials credentials;
    private final TimeSpan timeout;

    private HttpProbeSettings(final Builder builder, final URI url) {
        this.url = url;
        this.statuses = builder.statuses;
        this.bodyContains = Optional.ofNullable(builder.bodyContains);
        this.bodyMatches = Optional.ofNullable(builder.bodyMatches);
        this.jsonPointer = Optional.ofNullable(builder.jsonPointer);
        this.jsonEquals = builder.jsonEquals;
        this.maxLatency = Optional.ofNullable(builder.maxLatency);
        this.headers = Map.copyOf(builder.headers);
        this.credentials = builder.credentials;
        this.timeout = builder.timeout;
    }

    /**
     * Starts settings for a URL.
     *
     * @param url an http:// or https:// URL without user info
     * @return the builder
     */
    public static Builder builder(final String url) {
        return new Builder(url);
    }

    public URI url() {
        return url;
    }

    public StatusSet statuses() {
        return statuses;
    }

    public Optional<String> bodyContains() {
        return bodyContains;
    }

    public Optional<Pattern> bodyMatches() {
        return bodyMatches;
    }

    public Optional<JsonPointer> jsonPointer() {
        return jsonPointer;
    }

    public String jsonEquals() {
        return jsonEquals;
    }

    public Optional<TimeSpan> maxLatency() {
        return maxLatency;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProbeCredentials credentials() {
        return credentials;
    }

    public TimeSpan timeout() {
        return timeout;
    }

    /** Collects and validates the settings. */
    public static final class Builder {
        private final String url;
        private StatusSet statuses = StatusSet.SUCCESSFUL;

        @CheckForNull
        private String bodyContains;

        @CheckForNull
        private Pattern bodyMatches;

        @CheckForNull
        private JsonPointer jsonPointer;

        private String jsonEquals = "";

        @CheckForNull
        private TimeSpan maxLatency;

        private final Map<String, String> headers = new LinkedHashMap<>();
        private ProbeCredentials credentials = ProbeCredentials.none();
        private TimeSpan timeout = TimeSpan.ofSeconds(5);

        private Builder(final String url) {
            this.url = url;
        }

        public Builder statuses(final StatusSet value) {
            this.statuses = value;
            return this;
        }

        public Builder bodyContains(final String value) {
            this.bodyContains = value;
            return this;
        }

        /**
         * Requires the body to contain a match of a regular expression.
         *
         * @param regex the expression
         * @return this
         * @throws InvalidInputException if the expression is invalid
         */
        public Builder bodyMatches(final String regex) {
            try {
                this.bodyMatches = Pattern.compile(regex);
            } catch (PatternSyntaxException exception) {
                throw new InvalidInputException(
                        "bodyMatches", regex, "a Java regular expression (" + exception.getDescription() + ")");
            }
            return this;
        }

        /**
         * Requires the JSON body to hold {@code expected} at {@code pointer}, e.g. {@code /status} equals {@code UP}.
         *
         * @param pointer a JSON pointer (RFC 6901)
         * @param expected the expected value as text ({@code UP}, {@code true}, {@code 3})
         * @return this
         */
        public Builder jsonEquals(final String pointer, final String expected) {
            try {
                this.jsonPointer = JsonPointer.compile(pointer);
            } catch (IllegalArgumentException exception) {
                throw new InvalidInputException("jsonPointer", pointer, "a JSON pointer such as /status or /db/ok");
            }
            this.jsonEquals = expected;
            return this;
        }

        public Builder maxLatency(final TimeSpan value) {
            this.maxLatency = value;
            return this;
        }

        /**
         * Adds a header to every request.
         *
         * @param name the header name
         * @param value the value
         * @return this
         */
        public Builder header(final String name, final String value) {
            if (!HEADER_NAME.matcher(name).matches() || "authorization".equalsIgnoreCase(name)) {
                throw new InvalidInputException(
                        "headers", name, "an HTTP header name (use credentials for Authorization)");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new InvalidInputException("headers", name, "a header value on one line");
            }
            headers.put(name, value);
            return this;
        }

        public Builder credentials(final ProbeCredentials value) {
            this.credentials = value;
            return this;
        }

        public Builder timeout(final TimeSpan value) {
            this.timeout = value;
            return this;
        }

        /**
         * Validates and creates the settings.
         *
         * @return the settings
         */
        public HttpProbeSettings build() {
            String allowed =
                    "an http:// or https:// URL without user name or password, e.g. http://10.0.0.2:8080/health";
            URI uri;
            try {
                uri = new URI(url.trim());
            } catch (URISyntaxException exception) {
                throw new InvalidInputException("url", url, allowed);
            }
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getUserInfo() != null) {
                // the user info may be a password: do not echo it
                throw new InvalidInputException("url", uri.getUserInfo() == null ? url : "(hidden)", allowed);
            }
            if (timeout.isZero()) {
                throw new InvalidInputException("timeout", timeout.toString(), "a positive duration");
            }
            return new HttpProbeSettings(this, uri);
        }
    }
}
