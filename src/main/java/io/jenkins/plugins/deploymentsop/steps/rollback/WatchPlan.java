package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import java.util.List;

/**
 * The rules a watch applies and why the other merged rules are not watched (their signal is not bound).
 *
 * @param rules the rules whose signals can be read
 * @param notWatched one note per rule that is not watched
 */
public record WatchPlan(RuleSet rules, List<String> notWatched) {
    public WatchPlan {
        notWatched = List.copyOf(notWatched);
    }
}
