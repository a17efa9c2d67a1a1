package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.NoDataDefaults;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rules, readings and a watcher on a fake clock, so each test reads like a timeline. */
final class Watch {
    static final String ERRORS = "sop:error-rate";
    static final String LATENCY = "sop:latency-p95";
    static final String APP = "health:application";
    static final String DB = "health:database";
    static final String BUSINESS = "sop:business-metric";
    static final Signal ERROR_RATE = Signal.of("error rate", ERRORS, "%");

    final FakeClock clock = new FakeClock();
    final Map<String, Observation> background = new HashMap<>();
    final List<WatchEvent> events = new ArrayList<>();
    RollbackWatcher watcher;

    static Rule.Builder errorRule(final String id, final String when) {
        return Rule.builder(id).signal(ERROR_RATE).when(when);
    }

    static Rule autoErrorRule(final String id, final String when, final long sustainedSeconds) {
        return errorRule(id, when)
                .sustainedFor(TimeSpan.ofSeconds(sustainedSeconds))
                .severity(Severity.P0)
                .auto()
                .build();
    }

    static Rule manualErrorRule(final String id, final String when, final long timeoutMinutes, final Choice onTimeout) {
        return errorRule(id, when)
                .severity(Severity.P1)
                .manual(TimeSpan.ofMinutes(timeoutMinutes), onTimeout)
                .build();
    }

    static RuleSet rules(final Rule... rules) {
        return RuleSet.of(Arrays.asList(rules), NoDataDefaults.STANDARD);
    }

    /** Starts the SOP's default matrix with both health probes passing on every tick unless a tick says otherwise. */
    static Watch defaults(final TimeSpan window) {
        Watch watch = new Watch();
        watch.background.put(APP, Observation.probe(true, "HTTP 200"));
        watch.background.put(DB, Observation.probe(true, "connected"));
        return watch.start(RuleSet.defaults(), window);
    }

    Watch start(final RuleSet rules, final TimeSpan window) {
        return start(rules, window, Baseline.empty());
    }

    Watch start(final RuleSet rules, final TimeSpan window, final Baseline baseline) {
        watcher = RollbackWatcher.start(rules, window, baseline, clock);
        return this;
    }

    /** Watches a version restored by a rollback with the SOP's default matrix, health probes passing. */
    static Watch restored(final TimeSpan window) {
        Watch watch = new Watch();
        watch.background.put(APP, Observation.probe(true, "HTTP 200"));
        watch.background.put(DB, Observation.probe(true, "connected"));
        watch.watcher = RollbackWatcher.watchRestored(RuleSet.defaults(), window, Baseline.empty(), watch.clock);
        return watch;
    }

    /** Ticks at a time after the start with readings given as source/value pairs (a Double or an Observation). */
    WatchDecision tickAt(final long secondsAfterStart, final Object... sourcesAndValues) {
        clock.at(secondsAfterStart);
        Observations.Builder readings = Observations.builder();
        background.forEach(readings::put);
        for (int i = 0; i < sourcesAndValues.length; i += 2) {
            Object value = sourcesAndValues[i + 1];
            readings.put(
                    (String) sourcesAndValues[i],
                    value instanceof Observation
                            ? (Observation) value
                            : Observation.value(((Number) value).doubleValue()));
        }
        return record(watcher.tick(readings.build()));
    }

    /** Ticks every {@code step} seconds from {@code from} to {@code to} with the same error rate. */
    WatchDecision errorsEvery(final long from, final long to, final long step, final double errorRate) {
        WatchDecision decision = null;
        for (long at = from; at <= to; at += step) {
            decision = tickAt(at, ERRORS, errorRate);
        }
        return decision;
    }

    WatchDecision record(final TickResult result) {
        events.addAll(result.events());
        return result.decision();
    }

    List<EventType> types() {
        return events.stream().map(WatchEvent::type).collect(Collectors.toList());
    }

    List<WatchEvent> eventsOf(final EventType type) {
        return events.stream().filter(event -> event.type() == type).collect(Collectors.toList());
    }

    /** Returns the events since the last call, and forgets them. */
    List<EventType> drain() {
        List<EventType> types = types();
        events.clear();
        return types;
    }
}
