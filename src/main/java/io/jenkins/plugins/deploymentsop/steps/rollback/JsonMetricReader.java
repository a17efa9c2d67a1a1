package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.metrics.JsonHttpSource;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Clock;

/** Reads the number at a JSON pointer of an HTTP endpoint, e.g. {@code orders:/data/perMinute}. */
final class JsonMetricReader implements MetricReader {
    private final String url;
    private final HttpAuth auth;
    private final TimeSpan timeout;
    private final Clock clock;

    JsonMetricReader(final String url, final HttpAuth auth, final TimeSpan timeout, final Clock clock) {
        JsonHttpSource.create(url, "/value", auth, timeout, clock); // checks URL and timeout now
        this.url = url;
        this.auth = auth;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public void check(final String parameter, final String what) {
        try {
            JsonHttpSource.create(url, what, auth, timeout, clock);
        } catch (InvalidInputException exception) {
            throw new InvalidInputException(parameter, what, exception.getAllowed());
        }
    }

    @Override
    public Measurement measure(final String what, final QueryVariables variables) throws InterruptedException {
        return JsonHttpSource.create(url, what, auth, timeout, clock).measure(variables);
    }

    @Override
    public String describe() {
        // the query string of a URL may carry an API key
        return "JSON " + url.split("[?#]", 2)[0] + " (auth: " + auth + ")";
    }
}
