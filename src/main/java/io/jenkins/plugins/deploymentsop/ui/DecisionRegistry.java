package io.jenkins.plugins.deploymentsop.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decisions the running steps of each build are waiting for. Steps register when they start waiting and again
 * from {@code onResume} after a restart; the build page reads it and routes answers back.
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
