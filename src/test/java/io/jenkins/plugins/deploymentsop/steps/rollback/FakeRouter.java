package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.util.ArrayList;
import java.util.List;

/** A router in memory: serves green (the new release) until a rollback switches it. */
final class FakeRouter implements TrafficRouter {
    TrafficSplit served = TrafficSplit.allOn(Color.GREEN);
    final List<TrafficSplit> applied = new ArrayList<>();
    boolean unreachable;
    boolean rejectApply;

    @Override
    public TrafficSplit read() throws RouterException {
        if (unreachable) {
            throw RouterException.nothingChanged("cannot reach the fake socket");
        }
        return served;
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        if (unreachable || rejectApply) {
            throw RouterException.nothingChanged("the fake router refused " + target + "; nothing was changed");
        }
        applied.add(target);
        served = target;
        return served;
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
