package io.jenkins.plugins.deploymentsop.dora.index;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a given number of bytes: the part of the index that existed when a compaction started. */
final class LimitedInputStream extends FilterInputStream {
    private long remaining;

    LimitedInputStream(final InputStream input, final long limit) {
        super(input);
        remaining = limit;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int value = super.read();
        if (value >= 0) {
            remaining--;
        }
        return value;
    }

    @Override
    public int read(final byte[] buffer, final int offset, final int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int count = super.read(buffer, offset, (int) Math.min(length, remaining));
        if (count > 0) {
            remaining -= count;
        }
        return count;
    }
}
