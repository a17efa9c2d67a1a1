package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Records the events of a rollout as lines, e.g. {@code started SWITCHING}. */
final class RecordingObserver implements RolloutObserver {
    final List<String> events = new ArrayList<>();
    final List<BlueGreenPhase> started = new ArrayList<>();

    @Override
    public void phaseStarted(final BlueGreenPhase phase, final Instant at, final String detail) {
        started.add(phase);
        events.add(at + " started " + phase + ": " + detail);
    }

    @Override
    public void phaseFinished(final BlueGreenPhase phase, final Instant at, final String detail) {
        events.add(at + " finished " + phase + ": " + detail);
    }

    @Override
    public void trafficChanged(
            final TrafficSplit split, final boolean verified, final Instant at, final String detail) {
        events.add(at + " traffic " + split + (verified ? " verified" : "") + ": " + detail);
    }

    @Override
    public void decision(final String decision, final String reason, final Instant at) {
        events.add(at + " decision " + decision + ": " + reason);
    }
}
