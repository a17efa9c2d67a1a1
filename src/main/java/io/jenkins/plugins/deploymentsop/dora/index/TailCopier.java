package io.jenkins.plugins.deploymentsop.dora.index;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Copies the valid event lines appended while a compaction or rebuild was writing the new file; headers and broken
 * lines (e.g. the end of a line a crashed writer left) stay behind.
 */
final class TailCopier implements LineScanner.Handler {
    private final OutputStream out;
    private long written;

    TailCopier(final OutputStream out) {
        this.out = out;
    }

    @Override
    public void line(final byte[] buffer, final int start, final int length) throws IOException {
        if (IndexHeader.isHeader(buffer, start, length)) {
            return;
        }
        try {
            EventLines.decode(buffer, start, length);
        } catch (CorruptLineException exception) {
            return;
        }
        out.write(buffer, start, length);
        out.write('\n');
        written++;
    }

    @Override
    public void tooLong(final long length) {
        // never carried over
    }

    long written() {
        return written;
    }
}
