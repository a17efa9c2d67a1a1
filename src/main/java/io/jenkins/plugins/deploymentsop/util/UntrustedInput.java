package io.jenkins.plugins.deploymentsop.util;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens files that come from a build (reports, checklists, rule files) with an upper bound on their size, so a
 * huge or endless file fails with a clear message instead of exhausting the controller's memory.
 */
public final class UntrustedInput {
    /** Default bound for a single report or configuration file: 256 MiB, well above a 20 MB JaCoCo report. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private UntrustedInput() {}

    /**
     * Opens a file for streaming, failing once more than {@code maxBytes} have been read.
     *
     * @param file the file
     * @param maxBytes the largest size accepted
     * @return the stream
     * @throws IOException if the file cannot be opened or is larger than allowed
     */
    public static InputStream open(final Path file, final long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new FileTooLargeException(file, size, maxBytes);
        }
        return new BoundedStream(Files.newInputStream(file), file, maxBytes);
    }

    /**
     * Opens a file with the {@link #DEFAULT_MAX_BYTES default bound}.
     *
     * @param file the file
     * @return the stream
     * @throws IOException if the file cannot be opened or is too large
     */
    public static InputStream open(final Path file) throws IOException {
        return open(file, DEFAULT_MAX_BYTES);
    }

    /** Raised when a file is larger than the bound for its kind. */
    public static final class FileTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        FileTooLargeException(final Path file, final long size, final long maxBytes) {
            super(String.format("%s is too large: %d bytes, at most %d bytes are read", file, size, maxBytes));
        }
    }

    /** Counts bytes while reading, in case the file grows after its size was checked. */
    private static final class BoundedStream extends FilterInputStream {
        private final Path file;
        private final long maxBytes;
        private long read;

        BoundedStream(final InputStream in, final Path file, final long maxBytes) {
            super(in);
            this.file = file;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(final byte[] buffer, final int offset, final int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(final int bytes) throws IOException {
            read += bytes;
            if (read > maxBytes) {
                throw new FileTooLargeException(file, read, maxBytes);
            }
        }
    }
}
