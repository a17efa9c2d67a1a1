package io.jenkins.plugins.deploymentsop.traffic;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * What nginx itself reports on its status location: the split its workers route by and the revision of the managed
 * file they loaded. Used by both nginx modes to read back and to wait for a change to take effect.
 */
final class NginxStatus {
    private static final long POLL_MILLIS = 2;
    /**
     * Matching answers needed in a row: right after a reload an old worker may still accept a connection or two
     * before it stops listening, so one answer from a new worker is not yet proof.
     */
    private static final int CONFIRMATIONS = 3;

    private final StatusEndpoint endpoint;
    private final Duration verifyTimeout;

    NginxStatus(final NginxSettings settings) {
        this.verifyTimeout = settings.verifyTimeout().toDuration();
        this.endpoint = new StatusEndpoint(settings.statusUrl(), Duration.ofSeconds(5));
    }

    /** A status answer: split and revision. */
    record Served(TrafficSplit split, Optional<String> revision) {}

    Served read() throws RouterException {
        String body;
        try {
            body = endpoint.get();
        } catch (IOException exception) {
            throw RouterException.nothingChanged(
                    "Cannot read the split from nginx status location " + endpoint.uri() + ": "
                            + exception.getMessage(),
                    exception);
        }
        try {
            return new Served(SplitText.parse(body), NginxFiles.revision(body));
        } catch (IllegalArgumentException exception) {
            throw RouterException.nothingChanged(
                    "Unexpected answer from nginx status location " + endpoint.uri() + ": " + exception.getMessage(),
                    exception);
        }
    }

    /**
     * Polls the status location until it reports {@code split} and, if given, {@code revision}.
     *
     * @return empty when served, else what nginx served instead (or why it could not be read)
     */
    Optional<String> awaitServed(final TrafficSplit split, final Optional<String> revision)
            throws InterruptedException {
        long deadline = System.nanoTime() + verifyTimeout.toNanos();
        String last = "";
        int confirmed = 0;
        do {
            try {
                Served served = read();
                boolean sameRevision = revision.isEmpty() || revision.equals(served.revision());
                if (served.split().equals(split) && sameRevision) {
                    confirmed++;
                    if (confirmed >= CONFIRMATIONS) {
                        return Optional.empty();
                    }
                    continue;
                }
                confirmed = 0;
                last = "nginx serves " + served.split()
                        + served.revision().map(r -> " (revision " + r + ")").orElse("");
            } catch (RouterException exception) {
                confirmed = 0;
                last = exception.getMessage();
            }
            Thread.sleep(POLL_MILLIS);
        } while (System.nanoTime() < deadline);
        return Optional.of(last + " after waiting " + verifyTimeout.toMillis() + " ms for " + split
                + revision.map(r -> " (revision " + r + ")").orElse(""));
    }

    /**
     * Polls until nginx reports a revision, whatever the split.
     *
     * @return empty when served, else what nginx served instead
     */
    Optional<String> awaitRevision(final String revision) throws InterruptedException {
        long deadline = System.nanoTime() + verifyTimeout.toNanos();
        String last;
        do {
            try {
                Served served = read();
                if (served.revision().filter(revision::equals).isPresent()) {
                    return awaitServed(served.split(), Optional.of(revision));
                }
                last = "nginx serves " + served.split()
                        + served.revision().map(r -> " (revision " + r + ")").orElse("");
            } catch (RouterException exception) {
                last = exception.getMessage();
            }
            Thread.sleep(POLL_MILLIS);
        } while (System.nanoTime() < deadline);
        return Optional.of(last);
    }

    /**
     * Checks a split read back from nginx against the expected one.
     *
     * @param served what nginx serves
     * @param expected what it should serve
     * @return {@code served}
     * @throws RouterException if they differ
     */
    static TrafficSplit expect(final TrafficSplit served, final TrafficSplit expected) throws RouterException {
        if (!served.equals(expected)) {
            throw RouterException.nothingChanged("nginx serves " + served + ", expected " + expected);
        }
        return served;
    }

    String location() {
        return endpoint.uri().toString();
    }
}
