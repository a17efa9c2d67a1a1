package io.jenkins.plugins.deploymentsop.dora.index;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * First compaction pass: finds the last line of every deployment id and which lines are expired or corrupt. Holds one
 * map entry per deployment, never a line.
 */
final class CompactionSurvey implements LineScanner.Handler {
    private final long cutoff;
    private final Map<String, Integer> lastLine = new HashMap<>();
    private final BitSet expiredLines = new BitSet();
    private int lines;
    private long corrupt;
    private long expired;

    /**
     * Creates the survey.
     *
     * @param cutoff events that finished before this epoch millisecond are expired
     */
    CompactionSurvey(final long cutoff) {
        this.cutoff = cutoff;
    }

    @Override
    public void line(final byte[] buffer, final int start, final int length) {
        int line = lines++;
        try {
            DeploymentEvent event = EventLines.decode(buffer, start, length);
            lastLine.put(event.getDeploymentId(), line);
            if (event.getFinishedAt().toEpochMilli() < cutoff) {
                expiredLines.set(line);
            }
        } catch (CorruptLineException exception) {
            corrupt++;
        }
    }

    @Override
    public void tooLong(final long length) {
        lines++;
        corrupt++;
    }

    /**
     * Returns the numbers (from 0) of the lines to keep and counts the deployments dropped as expired.
     *
     * @return the lines to keep
     */
    BitSet linesToKeep() {
        BitSet keep = new BitSet(lines);
        expired = 0;
        for (int line : lastLine.values()) {
            if (expiredLines.get(line)) {
                expired++;
            } else {
                keep.set(line);
            }
        }
        return keep;
    }

    long lines() {
        return lines;
    }

    long corrupt() {
        return corrupt;
    }

    long expired() {
        return expired;
    }

    long superseded() {
        return lines - corrupt - lastLine.size();
    }
}
