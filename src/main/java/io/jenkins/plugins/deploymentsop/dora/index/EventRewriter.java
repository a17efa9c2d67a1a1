package io.jenkins.plugins.deploymentsop.dora.index;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pass of a rewrite: decodes each line, writes what the change makes of its event, and copies untouched events
 * and corrupt lines byte for byte (a later compaction or rebuild deals with those). Over-long lines are dropped, as a
 * compaction drops them.
 */
final class EventRewriter implements LineScanner.Handler {
    private final Function<DeploymentEvent, Optional<DeploymentEvent>> change;

    @CheckForNull
    private OutputStream out;

    private long changed;

    EventRewriter(final Function<DeploymentEvent, Optional<DeploymentEvent>> change) {
        this.change = change;
    }

    /**
     * Sets where the lines go.
     *
     * @param target the new file
     * @return this rewriter
     */
    EventRewriter to(final OutputStream target) {
        out = target;
        return this;
    }

    @Override
    public void line(final byte[] buffer, final int start, final int length) throws IOException {
        OutputStream target = out;
        if (target == null) {
            throw new IllegalStateException("No target for the rewritten lines");
        }
        DeploymentEvent event;
        try {
            event = EventLines.decode(buffer, start, length);
        } catch (CorruptLineException corrupt) {
            copy(target, buffer, start, length);
            return;
        }
        Optional<DeploymentEvent> next = change.apply(event);
        if (next.isEmpty()) {
            changed++;
        } else if (next.get().equals(event)) {
            copy(target, buffer, start, length);
        } else {
            target.write(EventLines.encode(next.get()));
            changed++;
        }
    }

    private static void copy(final OutputStream target, final byte[] buffer, final int start, final int length)
            throws IOException {
        target.write(buffer, start, length);
        target.write('\n');
    }

    @Override
    public void tooLong(final long length) {
        // dropped, as by a compaction
    }

    long changed() {
        return changed;
    }
}
