package io.jenkins.plugins.deploymentsop.steps;

import io.jenkins.plugins.deploymentsop.health.HealthReport;
import io.jenkins.plugins.deploymentsop.health.ProbeResult;
import io.jenkins.plugins.deploymentsop.rollout.DeploymentLock;
import io.jenkins.plugins.deploymentsop.rollout.HealthGate;
import io.jenkins.plugins.deploymentsop.rollout.HealthValidationHook;
import io.jenkins.plugins.deploymentsop.rollout.InMemoryDeploymentLock;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A blue-green deployment without Jenkins: a router and health in memory, a clock the test moves, a lock of its own,
 * and a driver loop that plays the execution (ticks, the body) the way {@link BlueGreenDeployExecution} does.
 */
final class RolloutFixture {
    static final String BLUE = "http://10.0.0.1:8080";
    static final String GREEN = "http://10.0.0.2:8080";
    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    final MovableClock clock = new MovableClock(START);
    final MemoryRouter router = new MemoryRouter();
    final Map<Color, Boolean> healthy = new EnumMap<>(Map.of(Color.BLUE, true, Color.GREEN, true));
    final List<String> log = new ArrayList<>();
    final List<Map<String, String>> bodies = new ArrayList<>();
    DeploymentLock lock = new InMemoryDeploymentLock(clock);

    /** Green turns unhealthy once the clock passes this time (e.g. during validation). */
    Instant greenFailsAt = Instant.MAX;

    /** What the body does: empty succeeds, a text fails with it. */
    Optional<String> bodyOutcome = Optional.empty();

    static BlueGreenDeployStep step() {
        BlueGreenDeployStep step = new BlueGreenDeployStep(
                "shop", "production", new HaproxyRouterConfiguration("127.0.0.1:9999", "shop"), BLUE, GREEN);
        step.setHealthCheck(new HttpHealthCheck("/health"));
        step.setTrafficSteps(List.of(10.0, 50.0, 100.0));
        step.setStepWait("1m");
        step.setValidateFor("2m");
        step.setValidationInterval("30s");
        step.setVersion("1.4.0");
        return step;
    }

    HealthGate health() {
        return color -> {
            boolean ok = healthy.get(color)
                    && (color != Color.GREEN || clock.instant().isBefore(greenFailsAt));
            return new HealthReport(List.of(new ProbeResult(
                    "GET " + (color == Color.BLUE ? BLUE : GREEN) + "/health",
                    ok,
                    1,
                    ok ? 1 : 0,
                    Duration.ofMillis(3),
                    Duration.ofMillis(3),
                    ok ? "" : "status 503, expected 200-299",
                    ok ? "healthy: 1 consecutive pass" : "unhealthy: status 503, expected 200-299")));
        };
    }

    RolloutWiring wiring(final DeploymentRecords records) {
        HealthGate health = health();
        return new RolloutWiring(router, health, new HealthValidationHook(health), records, lock, log::add, clock);
    }

    /**
     * Plays the execution until the step ends or waits for something outside (a lock, a running body).
     *
     * @param deployment the deployment
     * @param wiring its collaborators
     * @return the last instruction: SUCCEED, FAIL, AWAIT_BODY or a TICK while waiting for the lock
     */
    Next drive(final BlueGreenDeployment deployment, final RolloutWiring wiring) throws InterruptedException {
        for (int i = 0; i < 1_000; i++) {
            Next next = deployment.next(wiring);
            switch (next.kind()) {
                case TICK:
                    if (next.delay().equals(BlueGreenDeployment.LOCK_RETRY)) {
                        return next;
                    }
                    clock.advance(next.delay());
                    break;
                case RUN_BODY:
                    bodies.add(next.environment());
                    deployment.bodyFinished(bodyOutcome, false);
                    break;
                default:
                    return next;
            }
        }
        throw new AssertionError("the deployment did not end within 1000 ticks");
    }

    /** Serializes and deserializes, as Jenkins does with the program state of a build across a restart. */
    @SuppressWarnings("unchecked")
    static <T> T restart(final T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(object);
        }
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) input.readObject();
        }
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(final Instant start) {
            this.now = start;
        }

        void advance(final Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A router in memory; it can be made unreachable. */
    static final class MemoryRouter implements TrafficRouter {
        TrafficSplit served = TrafficSplit.allOn(Color.BLUE);
        final List<TrafficSplit> applied = new ArrayList<>();
        boolean unreachable;

        @Override
        public TrafficSplit read() throws RouterException {
            if (unreachable) {
                throw RouterException.nothingChanged("Cannot reach the router");
            }
            return served;
        }

        @Override
        public TrafficSplit apply(final TrafficSplit target) throws RouterException {
            read();
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
            return "router in memory";
        }
    }
}
