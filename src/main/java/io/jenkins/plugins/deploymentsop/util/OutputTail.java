package io.jenkins.plugins.deploymentsop.util;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the last bytes written to it, so a chatty command cannot exhaust memory: what the command printed last (an
 * error, usually) is what a message needs. Thread-safe: a command's output is often written by a reader thread.
 */
public final class OutputTail extends OutputStream {
    /** How much of a command's output the runners keep. */
    public static final int COMMAND_OUTPUT = 64 * 1024;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int limit;

    /**
     * Creates a tail.
     *
     * @param limit how many bytes to keep at the most
     */
    public OutputTail(final int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("A tail keeps at least one byte, not " + limit);
        }
        this.limit = limit;
    }

    @Override
    public synchronized void write(final int b) {
        bytes.write(b);
        trim();
    }

    @Override
    public synchronized void write(final byte[] chunk, final int offset, final int length) {
        bytes.write(chunk, offset, length);
        trim();
    }

    // trims only once twice the limit is reached, so that a long output is not copied on every write
    private void trim() {
        if (bytes.size() > 2 * limit) {
            byte[] all = bytes.toByteArray();
            bytes.reset();
            bytes.write(all, all.length - limit, limit);
        }
    }

    /**
     * Returns the tail as UTF-8 text.
     *
     * @return at most the last {@code limit} bytes written
     */
    public synchronized String text() {
        byte[] all = bytes.toByteArray();
        int start = Math.max(0, all.length - limit);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }
}
