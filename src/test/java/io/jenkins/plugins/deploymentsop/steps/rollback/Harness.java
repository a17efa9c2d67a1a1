package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.ProbeRunner;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A watch wired to fakes: a router serving green, a scripted Prometheus whose {@code error-rate} query binds
 * {@code sop:error-rate}, one switchable health probe per colour for {@code health:application}, commands that are
 * only recorded, and a record in memory. Time moves only when {@link #next()} waits.
 */
final class Harness {
    static final String ERROR_RATE = "error-rate";
    static final DeploymentKey KEY = new DeploymentKey("shop", "production");

    final FakeClock clock = new FakeClock();
    final FakeRouter router = new FakeRouter();
    final ScriptedMetrics prometheus = new ScriptedMetrics(clock);
    final SwitchableProbe blue = new SwitchableProbe("GET http://blue/health");
    final SwitchableProbe green = new SwitchableProbe("GET http://green/health");
    final MemoryRecords records = new MemoryRecords();
    final FakeCommands commands = new FakeCommands();
    final List<String> log = new ArrayList<>();
    final List<RuleSource> layers = new ArrayList<>();
    final WatchSession session;
    final WatchServices services;

    Harness(final WatchSettings settings) {
        this.session = new WatchSession(settings);
        this.services = services(session);
    }

    static WatchSettings.Builder settings() {
        return WatchSettings.builder(KEY).watch(TimeSpan.ofMinutes(30)).interval(TimeSpan.ofSeconds(30));
    }

    WatchServices services(final WatchSession watched) {
        SignalCatalog catalog = SignalCatalog.builder(watched.settings().variables())
                .source("prometheus", prometheus)
                .bind("error-rate", "prometheus", ERROR_RATE)
                .health(
                        "application",
                        Map.<Color, List<HealthProbe>>of(Color.BLUE, List.of(blue), Color.GREEN, List.of(green)))
                .build();
        HealthChecker health = new HealthChecker(new ProbeRunner(clock, clock::advance));
        return new WatchServices(router, catalog, health, commands, () -> layers, records, log::add, clock);
    }

    Harness errorRate(final double percent) {
        prometheus.set(ERROR_RATE, percent);
        return this;
    }

    /** Takes one step now. */
    Next next() throws IOException, InterruptedException {
        return session.next(services);
    }

    /** Waits as the last step asked, then takes the next one. */
    Next after(final Next previous) throws IOException, InterruptedException {
        clock.advance(previous.delay());
        return next();
    }

    /** Ticks until the watch ends or {@code seconds} have passed, returning the last step. */
    Next runFor(final Next from, final long seconds) throws IOException, InterruptedException {
        Next current = from;
        long end = clock.secondsSinceStart() + seconds;
        while (current.kind() == Next.Kind.TICK
                && clock.secondsSinceStart() + current.delay().toSeconds() <= end) {
            current = after(current);
        }
        return current;
    }

    static Duration seconds(final long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
