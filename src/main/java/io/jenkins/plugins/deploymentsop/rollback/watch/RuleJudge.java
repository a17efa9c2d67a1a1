package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.ConditionResult;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import java.util.Optional;
import java.util.OptionalDouble;

/** Judges one reading for one rule: the condition for a value, the "no data" policy for anything else. */
final class RuleJudge {
    private static final String NO_DATA = "no data";

    private RuleJudge() {}

    /**
     * Judges a reading.
     *
     * @param rule the rule
     * @param observation the reading of the rule's signal
     * @param baseline the baseline of the rule's signal
     * @param policy the rule's "no data" policy
     * @return how the reading counts, with the reason
     */
    static Assessment assess(
            final Rule rule, final Observation observation, final OptionalDouble baseline, final NoDataPolicy policy) {
        if (!observation.hasValue()) {
            String kind = observation.kind() == Observation.Kind.ERROR ? "error" : NO_DATA;
            return missing(kind + ": " + observation.detail(), policy);
        }
        ConditionResult result = rule.condition().evaluate(observation.value(), baseline);
        String valueText = rule.signal().format(observation.value());
        String reason = rule.signal().name() + " " + result.reason()
                + (observation.detail().isEmpty() ? "" : " (" + observation.detail() + ")");
        switch (result.status()) {
            case BREACHED:
                return new Assessment(Assessment.Status.BREACHING, valueText, reason, Optional.empty(), policy);
            case CLEAR:
                return new Assessment(Assessment.Status.HEALTHY, valueText, reason, Optional.empty(), policy);
            default:
                return missing(result.reason(), policy);
        }
    }

    private static Assessment missing(final String why, final NoDataPolicy policy) {
        switch (policy) {
            case TREAT_AS_BREACH:
                return new Assessment(
                        Assessment.Status.BREACHING, NO_DATA, why + ", counted as a breach", Optional.of(why), policy);
            case TREAT_AS_HEALTHY:
                return new Assessment(
                        Assessment.Status.HEALTHY, NO_DATA, why + ", counted as healthy", Optional.of(why), policy);
            default:
                return new Assessment(Assessment.Status.IGNORED, NO_DATA, why + ", ignored", Optional.of(why), policy);
        }
    }
}
