package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.Severity;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sustained breach of a rule: which rule, how severe, why, the values seen, when it began and when it was sustained.
 * A {@link PendingDecision} is a breach that waits for a person, a {@link Trigger} one that requires a rollback; both
 * carry the breach they come from unchanged. A plain breach is what the watcher hands to them: it is never kept, and
 * it equals only itself.
 */
public class Breach implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String ruleText;
    private final Severity severity;
    private final String reason;
    private final ArrayList<SeenValue> valuesSeen;
    private final Instant breachStartedAt;
    private final Instant detectedAt;

    Breach(
            final String ruleId,
            final String ruleText,
            final Severity severity,
            final String reason,
            final List<SeenValue> valuesSeen,
            final Instant breachStartedAt,
            final Instant detectedAt) {
        this.ruleId = ruleId;
        this.ruleText = ruleText;
        this.severity = severity;
        this.reason = reason;
        this.valuesSeen = new ArrayList<>(valuesSeen);
        this.breachStartedAt = breachStartedAt;
        this.detectedAt = detectedAt;
    }

    /** Carries over another breach, e.g. the one a person was asked about. */
    Breach(final Breach breach) {
        this(
                breach.ruleId,
                breach.ruleText,
                breach.severity,
                breach.reason,
                breach.valuesSeen,
                breach.breachStartedAt,
                breach.detectedAt);
    }

    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the rule in one line, e.g. {@code error rate > 5% for 2m → P1, manual within 5m, then rollback}, or the
     * person's reason for a rollback without a rule.
     */
    public String ruleText() {
        return ruleText;
    }

    public Severity severity() {
        return severity;
    }

    /** Returns why, with the numbers. */
    public String reason() {
        return reason;
    }

    /** Returns the breaching samples: the first one and the latest ones. */
    public List<SeenValue> valuesSeen() {
        return Collections.unmodifiableList(valuesSeen);
    }

    /** Returns the values seen in one line, e.g. {@code 6.2%, 7%, 6.8%}. */
    public String valuesText() {
        return valuesSeen.stream().map(SeenValue::text).collect(Collectors.joining(", "));
    }

    public Instant breachStartedAt() {
        return breachStartedAt;
    }

    /** Returns when the breach was sustained: the incident's detection time and the start of the recovery time. */
    public Instant detectedAt() {
        return detectedAt;
    }

    /** Whether the other breach is the same, for the {@code equals} of the subclasses. */
    final boolean sameBreach(final Breach other) {
        return ruleId.equals(other.ruleId)
                && ruleText.equals(other.ruleText)
                && severity == other.severity
                && reason.equals(other.reason)
                && valuesSeen.equals(other.valuesSeen)
                && breachStartedAt.equals(other.breachStartedAt)
                && detectedAt.equals(other.detectedAt);
    }
}
