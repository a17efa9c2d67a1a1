package io.jenkins.plugins.deploymentsop.analysis;

import org.apache.commons.statistics.inference.AlternativeHypothesis;

/** Which change of the canary against the stable version is bad: latencies and errors must not increase. */
public enum Direction {
    /** A higher canary is bad (latency, error rate). */
    INCREASE,
    /** A lower canary is bad (throughput, conversions). */
    DECREASE,
    /** Any change is bad. */
    EITHER;

    /** The alternative hypothesis of "canary differs from stable in the bad direction". */
    AlternativeHypothesis alternative() {
        switch (this) {
            case INCREASE:
                return AlternativeHypothesis.GREATER_THAN;
            case DECREASE:
                return AlternativeHypothesis.LESS_THAN;
            default:
                return AlternativeHypothesis.TWO_SIDED;
        }
    }

    boolean flagsIncrease() {
        return this != DECREASE;
    }

    boolean flagsDecrease() {
        return this != INCREASE;
    }
}
