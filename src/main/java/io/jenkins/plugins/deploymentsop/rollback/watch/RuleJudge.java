package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.ConditionResult;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import java.util.OptionalDouble;

/** Judges one reading for one rule: the condition for a value, the "no data" policy for anything else. */
final class RuleJudge {
    private RuleJudge() {}

    /**
     * Judges a reading.
     *
     * @param rule the rule
     * @param observation the reading of the rule's signal
     * @param baseline the baseline of the rule's signal
     * @param policy the rule's "no data" policy
     * @return how the reading counts
     */
    static Assessment assess(
            final Rule rule, final Observation observation, final OptionalDouble baseline, final NoDataPolicy policy) {
        ConditionResult.Status status = observation.hasValue()
                ? rule.condition().test(observation.value(), baseline)
                : ConditionResult.Status.UNDEFINED;
        switch (status) {
            case BREACHED:
                return new Assessment(Assessment.Status.BREACHING, rule, observation, baseline, false, policy);
            case CLEAR:
                return new Assessment(Assessment.Status.HEALTHY, rule, observation, baseline, false, policy);
            default:
                return new Assessment(countMissing(policy), rule, observation, baseline, true, policy);
        }
    }

    private static Assessment.Status countMissing(final NoDataPolicy policy) {
        switch (policy) {
            case TREAT_AS_BREACH:
                return Assessment.Status.BREACHING;
            case TREAT_AS_HEALTHY:
                return Assessment.Status.HEALTHY;
            default:
                return Assessment.Status.IGNORED;
        }
    }
}
