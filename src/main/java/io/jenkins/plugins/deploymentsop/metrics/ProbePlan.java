package io.jenkins.plugins.deploymentsop.metrics;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;

/**
 * How hard a synthetic probe tests an endpoint: how many requests, how many at once, how long each may take, and
 * which status codes count as success. Bounded so that a probe cannot become a load test by accident.
 *
 * @param requests the number of requests, 1 to {@value #MAX_REQUESTS}
 * @param concurrency how many requests are in flight at once, 1 to {@value #MAX_CONCURRENCY} and at most requests
 * @param timeout how long one request may take, greater than 0 and at most 5 minutes
 * @param lowestSuccess the lowest status code counted as success
 * @param highestSuccess the highest status code counted as success
 */
public record ProbePlan(int requests, int concurrency, TimeSpan timeout, int lowestSuccess, int highestSuccess)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Most requests one probe sends. */
    public static final int MAX_REQUESTS = 10_000;
    /** Most requests in flight at once. */
    public static final int MAX_CONCURRENCY = 64;

    private static final TimeSpan MAX_TIMEOUT = TimeSpan.ofMinutes(5);

    /**
     * Creates a plan.
     *
     * @param requests the number of requests
     * @param concurrency how many at once
     * @param timeout how long one request may take
     * @param lowestSuccess the lowest status code counted as success
     * @param highestSuccess the highest status code counted as success
     */
    public ProbePlan {
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new InvalidInputException("requests", String.valueOf(requests), "a number from 1 to " + MAX_REQUESTS);
        }
        if (concurrency < 1 || concurrency > Math.min(MAX_CONCURRENCY, requests)) {
            throw new InvalidInputException(
                    "concurrency",
                    String.valueOf(concurrency),
                    "a number from 1 to " + Math.min(MAX_CONCURRENCY, requests) + " (at most the requests)");
        }
        if (timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidInputException("timeout", timeout.toString(), "a duration from 1ms to 5m");
        }
        if (lowestSuccess < 100 || highestSuccess > 599 || lowestSuccess > highestSuccess) {
            throw new InvalidInputException(
                    "successStatus",
                    lowestSuccess + "-" + highestSuccess,
                    "a range of HTTP status codes within 100-599");
        }
    }

    /**
     * Creates a plan where 2xx and 3xx answers are successes.
     *
     * @param requests the number of requests
     * @param concurrency how many at once
     * @param timeout how long one request may take
     * @return the plan
     */
    public static ProbePlan of(final int requests, final int concurrency, final TimeSpan timeout) {
        return new ProbePlan(requests, concurrency, timeout, 200, 399);
    }

    boolean isSuccess(final int status) {
        return status >= lowestSuccess && status <= highestSuccess;
    }
}
