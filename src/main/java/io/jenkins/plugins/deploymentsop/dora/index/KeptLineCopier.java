package io.jenkins.plugins.deploymentsop.dora.index;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;

/** Second compaction pass: copies the lines chosen by the survey, byte for byte. */
final class KeptLineCopier implements LineScanner.Handler {
    private final BitSet keep;

    @CheckForNull
    private OutputStream out;

    private int line;
    private long written;

    KeptLineCopier(final BitSet keep) {
        this.keep = keep;
    }

    /**
     * Sets where the kept lines go.
     *
     * @param target the new file
     * @return this copier
     */
    KeptLineCopier to(final OutputStream target) {
        out = target;
        return this;
    }

    @Override
    public void line(final byte[] buffer, final int start, final int length) throws IOException {
        if (keep.get(line++) && out != null) {
            out.write(buffer, start, length);
            out.write('\n');
            written++;
        }
    }

    @Override
    public void tooLong(final long length) {
        line++;
    }

    long written() {
        return written;
    }
}
