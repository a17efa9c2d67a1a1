package io.jenkins.plugins.deploymentsop.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rollback of a deployment, seen through the events of its actions: its type, trigger, start and end, and
 * whether it succeeded. Computed from the record's {@link RollbackEvent}s, never stored. A record file may lack
 * fields, so every time here is optional.
 */
public final class RollbackRun {
    /** The action whose success ends the recovery time: the previous version verified healthy. */
    public static final String VERIFY_HEALTH = "VERIFY_HEALTH";

    private final int number;
    private final List<RollbackEvent> actions;

    private RollbackRun(final int number, final List<RollbackEvent> actions) {
        this.number = number;
        this.actions = List.copyOf(actions);
    }

    /**
     * Groups events into rollbacks by their number, in the order the rollbacks started; an unnumbered event is a
     * rollback of its own.
     *
     * @param events the record's events
     * @return the rollbacks
     */
    public static List<RollbackRun> of(final List<RollbackEvent> events) {
        List<Integer> numbers = new ArrayList<>();
        List<List<RollbackEvent>> groups = new ArrayList<>();
        Map<Integer, List<RollbackEvent>> byNumber = new HashMap<>();
        for (RollbackEvent event : events) {
            List<RollbackEvent> group = event.rollback() == 0 ? null : byNumber.get(event.rollback());
            if (group == null) {
                group = new ArrayList<>();
                numbers.add(event.rollback());
                groups.add(group);
                if (event.rollback() != 0) {
                    byNumber.put(event.rollback(), group);
                }
            }
            group.add(event);
        }
        List<RollbackRun> runs = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            runs.add(new RollbackRun(numbers.get(i), groups.get(i)));
        }
        return Collections.unmodifiableList(runs);
    }

    /** Returns the rollback's number in the record, 0 for an unnumbered event. */
    public int number() {
        return number;
    }

    /** Returns the events of the actions, in the order they were recorded. */
    public List<RollbackEvent> actions() {
        return actions;
    }

    public String type() {
        return Objects.toString(actions.get(0).type(), "");
    }

    public String trigger() {
        return Objects.toString(actions.get(0).trigger(), "");
    }

    /** Returns when the first action started. */
    public Optional<Instant> startedAt() {
        return actions.stream()
                .map(RollbackEvent::startedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    /** Returns when the last action ended, empty while an action runs. */
    public Optional<Instant> finishedAt() {
        if (isRunning()) {
            return Optional.empty();
        }
        return actions.stream()
                .map(RollbackEvent::finishedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** Returns whether an action is still running. */
    public boolean isRunning() {
        return actions.stream().anyMatch(RollbackEvent::isRunning);
    }

    /** Returns whether every action succeeded. */
    public boolean succeeded() {
        return actions.stream().allMatch(RollbackEvent::succeeded);
    }

    /** Returns {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}. */
    public String outcome() {
        if (isRunning()) {
            return RollbackEvent.RUNNING;
        }
        return succeeded() ? RollbackEvent.SUCCEEDED : RollbackEvent.FAILED;
    }

    /**
     * Returns when service was restored: the end of the successful health check of the previous version, or, for a
     * rollback recorded without one (a whole rollback in one event, a rollout's switch back), its successful end. A
     * failed destroy after a successful health check does not undo the restoration.
     *
     * @return the time, empty if service was not restored
     */
    public Optional<Instant> restoredAt() {
        Optional<RollbackEvent> health = actions.stream()
                .filter(event -> VERIFY_HEALTH.equals(event.action()))
                .findFirst();
        if (health.isPresent()) {
            return health.filter(RollbackEvent::succeeded).map(RollbackEvent::finishedAt);
        }
        return succeeded() ? finishedAt() : Optional.empty();
    }

    @Override
    public String toString() {
        return "rollback " + number + " (" + type() + ") " + outcome() + ": " + actions.size() + " action(s)";
    }
}
