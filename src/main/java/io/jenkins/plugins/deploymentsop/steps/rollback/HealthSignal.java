package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.ProbeAttempt;
import io.jenkins.plugins.deploymentsop.rollback.watch.Observation;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The probes behind a {@code health:<name>} signal, for both colours. While watching, each tick makes one attempt per
 * probe of the live colour (the rules count failures in a row); all must pass for the signal to read 1.
 */
final class HealthSignal {
    private final String name;
    private final EnumMap<Color, List<HealthProbe>> probes;

    HealthSignal(final String name, final Map<Color, List<HealthProbe>> probes) {
        this.name = name;
        this.probes = new EnumMap<>(Color.class);
        for (Color color : Color.values()) {
            this.probes.put(color, List.copyOf(probes.getOrDefault(color, List.of())));
        }
    }

    String name() {
        return name;
    }

    List<HealthProbe> probes(final Color color) {
        return probes.get(color);
    }

    /**
     * Makes one attempt with every probe of a colour.
     *
     * @param color the colour probed
     * @return 1 if all passed, 0 with the first failure otherwise
     * @throws InterruptedException if interrupted
     */
    Observation read(final Color color) throws InterruptedException {
        List<HealthProbe> ofColor = probes.get(color);
        if (ofColor.isEmpty()) {
            return Observation.noData("no probe of health:" + name + " for " + color);
        }
        for (HealthProbe probe : ofColor) {
            ProbeAttempt attempt = probe.attempt();
            if (!attempt.success()) {
                return Observation.probe(false, probe.name() + ": " + attempt.detail());
            }
        }
        return Observation.probe(true, ofColor.size() + " probe(s) passed");
    }
}
