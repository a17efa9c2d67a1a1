package io.jenkins.plugins.deploymentsop.dora.index;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;
import java.util.Optional;

/**
 * What reading the index found: how many lines and distinct events, how many lines were superseded by later ones,
 * which lines were corrupt (skipped and counted, the first ones listed with their reason), whether the file is
 * missing or unreadable, and whether a rebuild happened.
 */
public final class IndexHealth {
    /** Most corrupt lines listed with their reason; the count is always complete. */
    public static final int MAX_REPORTED = 10;

    @CheckForNull
    private final String problem;

    private final boolean missing;
    private final long lines;
    private final int events;
    private final long corruptLines;
    private final List<String> corruptLineReports;
    private final boolean incompleteTail;

    @CheckForNull
    private final String rebuildReason;

    IndexHealth(
            @CheckForNull final String problem,
            final boolean missing,
            final long lines,
            final int events,
            final long corruptLines,
            final List<String> corruptLineReports,
            final boolean incompleteTail,
            @CheckForNull final String rebuildReason) {
        this.problem = problem;
        this.missing = missing;
        this.lines = lines;
        this.events = events;
        this.corruptLines = corruptLines;
        this.corruptLineReports = List.copyOf(corruptLineReports);
        this.incompleteTail = incompleteTail;
        this.rebuildReason = rebuildReason;
    }

    static IndexHealth missing() {
        return new IndexHealth("the index file does not exist", true, 0, 0, 0, List.of(), false, null);
    }

    static IndexHealth unreadable(final String reason) {
        return new IndexHealth("the index file cannot be used: " + reason, false, 0, 0, 0, List.of(), false, null);
    }

    IndexHealth rebuilt(final String reason) {
        return new IndexHealth(
                problem, missing, lines, events, corruptLines, corruptLineReports, incompleteTail, reason);
    }

    /** A problem with the whole file (missing, or not an index of a supported version). */
    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }

    public boolean isMissing() {
        return missing;
    }

    /** Event lines read (header excluded, corrupt lines included). */
    public long getLines() {
        return lines;
    }

    /** Distinct deployments. */
    public int getEvents() {
        return events;
    }

    /** Lines replaced by a later line for the same deployment id; compaction removes them. */
    public long getSupersededLines() {
        return Math.max(0, lines - corruptLines - events);
    }

    public long getCorruptLines() {
        return corruptLines;
    }

    /** The first {@value #MAX_REPORTED} corrupt lines, e.g. {@code line 17: 'finished' is not a number}. */
    public List<String> getCorruptLineReports() {
        return corruptLineReports;
    }

    /** Whether the file ends with an unterminated line (a writer crashed); it is not read. */
    public boolean hasIncompleteTail() {
        return incompleteTail;
    }

    /** Why the index was rebuilt from the build records before this read, if it was. */
    public Optional<String> getRebuildReason() {
        return Optional.ofNullable(rebuildReason);
    }

    /** Whether the index should be rebuilt: the file is missing or unreadable, or lines were corrupt. */
    public boolean needsRebuild() {
        return problem != null || corruptLines > 0;
    }

    /** Why the index should be rebuilt, if it should: its problem, or its corrupt lines with the first one's report. */
    public Optional<String> getRebuildNeed() {
        if (problem != null) {
            return Optional.of(problem);
        }
        if (corruptLines > 0) {
            return Optional.of(corruptLines + " corrupt lines, the first: " + corruptLineReports.get(0));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        if (problem != null) {
            return problem;
        }
        return String.format(
                "%d events from %d lines (%d superseded, %d corrupt)%s",
                events,
                lines,
                getSupersededLines(),
                corruptLines,
                rebuildReason == null ? "" : "; rebuilt because " + rebuildReason);
    }
}
