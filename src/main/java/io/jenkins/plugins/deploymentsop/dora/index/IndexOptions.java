package io.jenkins.plugins.deploymentsop.dora.index;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Optional;

/**
 * Settings of a {@link DeploymentIndex}: how long events are kept at compaction (forever by default), the longest
 * line read, and whether each append is forced to disk.
 */
public final class IndexOptions {
    /** Longest line read by default: 2 MiB, enough for an event with 10,000 commits. */
    public static final int DEFAULT_MAX_LINE_BYTES = 2 * 1024 * 1024;

    private static final IndexOptions DEFAULTS = new IndexOptions(null, DEFAULT_MAX_LINE_BYTES, true);

    @CheckForNull
    private final TimeSpan retention;

    private final int maxLineBytes;
    private final boolean syncOnAppend;

    private IndexOptions(@CheckForNull final TimeSpan retention, final int maxLineBytes, final boolean syncOnAppend) {
        this.retention = retention;
        this.maxLineBytes = maxLineBytes;
        this.syncOnAppend = syncOnAppend;
    }

    public static IndexOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Drops events that finished longer ago than the given span when the index is compacted.
     *
     * @param value the retention, at least one day
     * @return new options
     */
    public IndexOptions withRetention(final TimeSpan value) {
        if (value.toMillis() < 86_400_000L) {
            throw new InvalidInputException("retention", value.toString(), "a duration of at least 1d, e.g. 730d");
        }
        return new IndexOptions(value, maxLineBytes, syncOnAppend);
    }

    /**
     * Changes the longest line read; longer lines are skipped and reported as corrupt.
     *
     * @param value the limit in bytes, from 1 KiB to 64 MiB
     * @return new options
     */
    public IndexOptions withMaxLineBytes(final int value) {
        if (value < 1024 || value > 64 * 1024 * 1024) {
            throw new InvalidInputException("maxLineBytes", String.valueOf(value), "1024 to 67108864 bytes");
        }
        return new IndexOptions(retention, value, syncOnAppend);
    }

    /**
     * Chooses whether each append is forced to disk before it returns (default: yes; a lost append is only
     * recovered by a rebuild).
     *
     * @param value {@code true} to force
     * @return new options
     */
    public IndexOptions withSyncOnAppend(final boolean value) {
        return new IndexOptions(retention, maxLineBytes, value);
    }

    public Optional<TimeSpan> getRetention() {
        return Optional.ofNullable(retention);
    }

    public int getMaxLineBytes() {
        return maxLineBytes;
    }

    public boolean isSyncOnAppend() {
        return syncOnAppend;
    }
}
