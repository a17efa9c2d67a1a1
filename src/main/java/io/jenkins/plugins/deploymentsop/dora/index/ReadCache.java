package io.jenkins.plugins.deploymentsop.dora.index;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link DeploymentIndex} has read so far: the file generation and byte offset, the table being built and
 * the line counters. Not thread-safe: the owning index calls it only while holding its own monitor.
 */
final class ReadCache {
    @CheckForNull
    private String generation;

    private long offset;
    private long lineNumber;
    private long lines;
    private long corruptLines;
    private final List<String> corruptReports = new ArrayList<>();
    private DeploymentTable.Builder builder = DeploymentTable.builder();
    private DeploymentTable table = DeploymentTable.empty();
    private boolean changed;

    /**
     * Tells whether the cache still describes the file, i.e. new lines can be read from {@link #offset()}.
     *
     * @param header the file's header
     * @param size the file's size
     * @return {@code false} if the file was rewritten or truncated
     */
    boolean isCurrent(final IndexHeader header, final long size) {
        return header.generation.equals(generation) && size >= offset;
    }

    /**
     * Forgets everything; with a header, positions the cache after it.
     *
     * @param header the header of the file to read next, or {@code null} when there is no usable file
     */
    void reset(@CheckForNull final IndexHeader header) {
        generation = header == null ? null : header.generation;
        offset = header == null ? 0 : header.length;
        lineNumber = 1;
        lines = 0;
        corruptLines = 0;
        corruptReports.clear();
        builder = DeploymentTable.builder();
        table = DeploymentTable.empty();
        changed = false;
    }

    long offset() {
        return offset;
    }

    /**
     * Reads complete lines from the stream, which must be positioned at {@link #offset()}.
     *
     * @param input the file content after the offset
     * @param maxLineBytes the longest line read
     * @throws IOException if reading fails
     */
    void readFrom(final InputStream input, final int maxLineBytes) throws IOException {
        offset += new LineScanner(maxLineBytes).scan(input, new LineScanner.Handler() {
            @Override
            public void line(final byte[] buffer, final int start, final int length) {
                lineNumber++;
                lines++;
                try {
                    builder.add(EventLines.decode(buffer, start, length));
                    changed = true;
                } catch (CorruptLineException exception) {
                    corrupt(exception.getMessage());
                }
            }

            @Override
            public void tooLong(final long length) {
                lineNumber++;
                lines++;
                corrupt(String.format("%d bytes, longer than the limit of %d", length, maxLineBytes));
            }
        });
    }

    private void corrupt(final String reason) {
        corruptLines++;
        if (corruptReports.size() < IndexHealth.MAX_REPORTED) {
            corruptReports.add("line " + lineNumber + ": " + reason);
        }
    }

    /** The table of all lines read; rebuilt only after new lines arrived. */
    DeploymentTable table() {
        if (changed) {
            table = builder.build();
            changed = false;
        }
        return table;
    }

    IndexHealth health() {
        return new IndexHealth(null, false, lines, builder.size(), corruptLines, corruptReports, false, null);
    }

    /** Lines that no longer count: superseded by a later line of the same deployment, or corrupt. */
    long deadLines() {
        return lines - builder.size();
    }

    long lines() {
        return lines;
    }
}
