package io.jenkins.plugins.deploymentsop.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decisions the running steps of each build are waiting for. Steps register when they start waiting and again
 * from {@code onResume} after a restart; the build page reads it and routes answers back. A step's decisions go when
 * the step ends, a build's when the build is finalized, so no finished step stays reachable from here.
 */
public final class DecisionRegistry {
    private static final Map<String, Map<String, Entry>> BY_BUILD = new ConcurrentHashMap<>();

    private DecisionRegistry() {}

    /** A pending decision with the step that waits for it. */
    record Entry(PendingDecision decision, DecisionHandler handler) {}

    /**
     * Registers a pending decision of a build.
     *
     * @param buildId the build's externalizable id
     * @param decision the decision
     * @param handler who receives the answer
     */
    public static void register(final String buildId, final PendingDecision decision, final DecisionHandler handler) {
        BY_BUILD.computeIfAbsent(buildId, id -> new ConcurrentHashMap<>())
                .put(decision.id(), new Entry(decision, handler));
    }

    /**
     * Removes a decision once answered or expired.
     *
     * @param buildId the build's externalizable id
     * @param decisionId the decision
     */
    public static void unregister(final String buildId, final String decisionId) {
        BY_BUILD.computeIfPresent(buildId, (id, decisions) -> {
            decisions.remove(decisionId);
            return decisions.isEmpty() ? null : decisions;
        });
    }

    /**
     * Removes every decision of a build, e.g. once it has finished: nothing waits for an answer any more.
     *
     * @param buildId the build's externalizable id
     */
    public static void forget(final String buildId) {
        BY_BUILD.remove(buildId);
    }

    /**
     * Removes every decision a handler waits for, in any build, e.g. once its step has ended in whatever way.
     *
     * @param handler the waiting step
     */
    public static void forgetAllOf(final DecisionHandler handler) {
        for (String buildId : BY_BUILD.keySet()) {
            BY_BUILD.computeIfPresent(buildId, (id, decisions) -> {
                decisions.values().removeIf(entry -> entry.handler() == handler);
                return decisions.isEmpty() ? null : decisions;
            });
        }
    }

    /**
     * Lists the pending decisions of a build, earliest deadline first.
     *
     * @param buildId the build's externalizable id
     * @return the decisions
     */
    public static List<PendingDecision> pending(final String buildId) {
        List<PendingDecision> decisions = new ArrayList<>();
        BY_BUILD.getOrDefault(buildId, Map.of()).values().forEach(entry -> decisions.add(entry.decision()));
        decisions.sort(Comparator.comparing(PendingDecision::deadline).thenComparing(PendingDecision::id));
        return decisions;
    }

    static Optional<Entry> find(final String buildId, final String decisionId) {
        return Optional.ofNullable(BY_BUILD.getOrDefault(buildId, Map.of()).get(decisionId));
    }
}
