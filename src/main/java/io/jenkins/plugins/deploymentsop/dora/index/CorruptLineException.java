package io.jenkins.plugins.deploymentsop.dora.index;

/** A line of the index that is not a valid event; the message says why. */
final class CorruptLineException extends Exception {
    private static final long serialVersionUID = 1L;

    CorruptLineException(final String reason) {
        super(reason);
    }
}
