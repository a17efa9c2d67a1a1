package io.jenkins.plugins.deploymentsop.dora.index;

/** What a compaction or rebuild wrote: lines kept and lines dropped, by reason. */
public final class CompactionResult {
    private final long linesBefore;
    private final long linesAfter;
    private final long superseded;
    private final long expired;
    private final long corrupt;

    CompactionResult(
            final long linesBefore,
            final long linesAfter,
            final long superseded,
            final long expired,
            final long corrupt) {
        this.linesBefore = linesBefore;
        this.linesAfter = linesAfter;
        this.superseded = superseded;
        this.expired = expired;
        this.corrupt = corrupt;
    }

    /** Event lines before (for a rebuild: 0). */
    public long getLinesBefore() {
        return linesBefore;
    }

    /** Event lines in the new file. */
    public long getLinesAfter() {
        return linesAfter;
    }

    /** Lines dropped because a later line has the same deployment id. */
    public long getSuperseded() {
        return superseded;
    }

    /** Lines dropped by the retention setting. */
    public long getExpired() {
        return expired;
    }

    /** Corrupt lines dropped. */
    public long getCorrupt() {
        return corrupt;
    }

    @Override
    public String toString() {
        return String.format(
                "%d -> %d lines (%d superseded, %d expired, %d corrupt dropped)",
                linesBefore, linesAfter, superseded, expired, corrupt);
    }
}
