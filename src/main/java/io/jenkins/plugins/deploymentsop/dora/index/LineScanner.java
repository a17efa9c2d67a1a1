package io.jenkins.plugins.deploymentsop.dora.index;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into newline-terminated lines without decoding it first ('\n' never occurs inside a UTF-8
 * sequence) and without ever holding more than one line: a line longer than the limit is skipped, not buffered.
 * Bytes after the last newline are an incomplete line (a crashed writer, or a writer still at work) and are not
 * consumed.
 */
final class LineScanner {
    private static final int CHUNK = 64 * 1024;

    /** Receives the lines. */
    interface Handler {
        /**
         * One complete line.
         *
         * @param buffer the bytes (valid only during the call)
         * @param offset first byte
         * @param length length without the newline
         * @throws IOException to stop scanning
         */
        void line(byte[] buffer, int offset, int length) throws IOException;

        /**
         * A line longer than the limit, skipped.
         *
         * @param length its length in bytes
         */
        void tooLong(long length);
    }

    private final int maxLineBytes;

    LineScanner(final int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the stream to its end.
     *
     * @param input the stream (not closed)
     * @param handler receives the lines
     * @return the number of bytes consumed: up to and including the last newline
     * @throws IOException if reading fails
     */
    long scan(final InputStream input, final Handler handler) throws IOException {
        byte[] buffer = new byte[Math.min(CHUNK, maxLineBytes + 1)];
        int filled = 0; // bytes of the current, unfinished line at the start of the buffer
        long skipped = -1; // >= 0 while skipping an over-long line: the bytes dropped so far
        long totalRead = 0;
        while (true) {
            if (filled == buffer.length) {
                if (buffer.length <= maxLineBytes) {
                    buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLineBytes + 1));
                } else {
                    skipped = Math.max(skipped, 0) + filled;
                    filled = 0;
                }
            }
            int read = input.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                return totalRead - filled - Math.max(skipped, 0);
            }
            totalRead += read;
            int searchFrom = filled;
            filled += read;
            int lineStart = 0;
            for (int i = searchFrom; i < filled; i++) {
                if (buffer[i] == '\n') {
                    int length = i - lineStart;
                    if (skipped >= 0) {
                        handler.tooLong(skipped + length);
                        skipped = -1;
                    } else {
                        handler.line(buffer, lineStart, length);
                    }
                    lineStart = i + 1;
                }
            }
            if (lineStart > 0) {
                System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                filled -= lineStart;
            }
        }
    }
}
