package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A router in memory whose next applies can be made to fail with a given outcome. */
final class FakeRouter implements TrafficRouter {
    TrafficSplit served = TrafficSplit.allOn(Color.BLUE);
    final List<TrafficSplit> applied = new ArrayList<>();
    final Deque<RouterException.Outcome> failures = new ArrayDeque<>();
    boolean unreachable;

    /** Runs as an apply begins, e.g. to persist a rollout while the router takes a change. */
    Runnable onApply = () -> {};

    @Override
    public TrafficSplit read() throws RouterException {
        if (unreachable) {
            throw RouterException.nothingChanged("socket unreachable");
        }
        return served;
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        onApply.run();
        if (unreachable) {
            throw RouterException.nothingChanged("socket unreachable");
        }
        RouterException.Outcome failure = failures.poll();
        if (failure != null) {
            if (failure == RouterException.Outcome.UNKNOWN) {
                served = TrafficSplit.of(60, 40);
            }
            throw new RouterException("apply of " + target + " failed (" + failure + ")", failure);
        }
        applied.add(target);
        served = target;
        return target;
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        if (!read().equals(expected)) {
            throw RouterException.nothingChanged("serves " + served);
        }
        return served;
    }

    @Override
    public String describe() {
        return "fake router";
    }
}
