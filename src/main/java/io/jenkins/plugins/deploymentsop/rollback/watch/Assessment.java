package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.ConditionResult;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import java.util.OptionalDouble;

/**
 * How one tick's reading counts for one rule. The status is computed at once; the words (value with unit, reason
 * with the numbers) only when an event or an incident needs them, because most samples change nothing.
 */
final class Assessment {
    private static final String NO_DATA = "no data";

    /** How the sample counts. */
    enum Status {
        BREACHING,
        HEALTHY,
        IGNORED
    }

    private final Status status;
    private final Rule rule;
    private final Observation observation;
    private final OptionalDouble baseline;
    private final boolean missing;
    private final NoDataPolicy policy;

    Assessment(
            final Status status,
            final Rule rule,
            final Observation observation,
            final OptionalDouble baseline,
            final boolean missing,
            final NoDataPolicy policy) {
        this.status = status;
        this.rule = rule;
        this.observation = observation;
        this.baseline = baseline;
        this.missing = missing;
        this.policy = policy;
    }

    Status status() {
        return status;
    }

    /** Returns whether there was no usable reading (none, an error, or a comparison without baseline). */
    boolean isMissing() {
        return missing;
    }

    NoDataPolicy policy() {
        return policy;
    }

    /** Returns the value with its unit, or {@code no data}. */
    String valueText() {
        return missing ? NO_DATA : rule.signal().format(observation.value());
    }

    /** Returns why the sample counts as it does, with the numbers. */
    String reason() {
        if (!missing) {
            return rule.signal().name() + " " + conditionResult().reason() + detail();
        }
        switch (policy) {
            case TREAT_AS_BREACH:
                return missingReason() + ", counted as a breach";
            case TREAT_AS_HEALTHY:
                return missingReason() + ", counted as healthy";
            default:
                return missingReason() + ", ignored";
        }
    }

    private String missingReason() {
        if (!observation.hasValue()) {
            return (observation.kind() == Observation.Kind.ERROR ? "error" : NO_DATA) + ": " + observation.detail();
        }
        return conditionResult().reason();
    }

    private ConditionResult conditionResult() {
        return rule.condition().evaluate(observation.value(), baseline);
    }

    private String detail() {
        return observation.detail().isEmpty() ? "" : " (" + observation.detail() + ")";
    }
}
