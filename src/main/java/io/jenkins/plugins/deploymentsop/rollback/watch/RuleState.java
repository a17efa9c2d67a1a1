package io.jenkins.plugins.deploymentsop.rollback.watch;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The running breach of one rule: since when it breaches, how many breaching samples it had, whether it is
 * sustained and whether its action was taken. A healthy sample resets it; an ignored one (missing data under
 * IGNORE) neither counts nor resets.
 */
final class RuleState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Breaching samples kept for the incident: the first one and the latest ones. */
    static final int KEPT_VALUES = 10;

    private final String ruleId;

    @CheckForNull
    private Instant breachStart;

    @CheckForNull
    private Instant lastBreachAt;

    private int breachSamples;

    @CheckForNull
    private Instant sustainedAt;

    private boolean acted;
    private final ArrayList<SeenValue> seen = new ArrayList<>();
    private int missingSamples;

    RuleState(final String ruleId) {
        this.ruleId = ruleId;
    }

    /**
     * Counts one tick's reading.
     *
     * @param rule the rule
     * @param assessment how the reading counts
     * @param now the tick's time
     * @param gate whether the watch evaluates once, so windows and counts cannot be waited for
     * @param events where to report what changed
     */
    void observe(
            final Rule rule,
            final Assessment assessment,
            final Instant now,
            final boolean gate,
            final List<WatchEvent> events) {
        reportMissingData(rule, assessment, now, events);
        switch (assessment.status()) {
            case BREACHING:
                breach(rule, assessment, now, gate, events);
                break;
            case HEALTHY:
                if (isBreaching()) {
                    events.add(new WatchEvent(
                            now,
                            EventType.BREACH_ENDED,
                            ruleId,
                            String.format(
                                    "%s: breach ended; it lasted %s over %d breaching sample(s)%s: %s",
                                    ruleId,
                                    Durations.between(breachStart(), lastBreachAt == null ? now : lastBreachAt),
                                    breachSamples,
                                    sustainedAt == null ? ", before its window of " + window(rule) : "",
                                    assessment.reason())));
                    reset();
                }
                break;
            default:
                break;
        }
    }

    private void breach(
            final Rule rule,
            final Assessment assessment,
            final Instant now,
            final boolean gate,
            final List<WatchEvent> events) {
        if (!isBreaching()) {
            breachStart = now;
            events.add(new WatchEvent(
                    now,
                    EventType.BREACH_STARTED,
                    ruleId,
                    ruleId + ": " + assessment.reason()
                            + (gate || isImmediate(rule) ? "" : "; needs " + window(rule))));
        }
        breachSamples++;
        lastBreachAt = now;
        keep(new SeenValue(now, assessment.valueText()));
        if (sustainedAt == null && (gate || isComplete(rule, now))) {
            sustainedAt = now;
            events.add(new WatchEvent(
                    now,
                    EventType.BREACH_SUSTAINED,
                    ruleId,
                    String.format(
                            "%s: %s; breaching for %s over %d sample(s): %s",
                            ruleId,
                            rule.describe(),
                            Durations.between(breachStart(), now),
                            breachSamples,
                            valuesText())));
        }
    }

    private boolean isComplete(final Rule rule, final Instant now) {
        Duration elapsed = Duration.between(breachStart(), now);
        return elapsed.compareTo(rule.sustainedFor().toDuration()) >= 0 && breachSamples >= rule.consecutive();
    }

    private static boolean isImmediate(final Rule rule) {
        return rule.sustainedFor().isZero() && rule.consecutive() == 1;
    }

    private static String window(final Rule rule) {
        List<String> parts = new ArrayList<>();
        if (!rule.sustainedFor().isZero()) {
            parts.add(rule.sustainedFor().toString());
        }
        if (rule.consecutive() > 1) {
            parts.add(rule.consecutive() + " samples in a row");
        }
        return String.join(" and ", parts);
    }

    private void reportMissingData(
            final Rule rule, final Assessment assessment, final Instant now, final List<WatchEvent> events) {
        if (assessment.isMissing()) {
            if (missingSamples == 0) {
                events.add(new WatchEvent(
                        now,
                        EventType.NO_DATA,
                        ruleId,
                        String.format(
                                "%s: %s (%s): %s",
                                ruleId,
                                rule.signal().name(),
                                rule.signal().source(),
                                assessment.reason() + " (policy "
                                        + assessment.policy().text() + ")")));
            }
            missingSamples++;
        } else if (missingSamples > 0) {
            events.add(new WatchEvent(
                    now,
                    EventType.DATA_RESUMED,
                    ruleId,
                    String.format(
                            "%s: %s has data again after %d missing sample(s)",
                            ruleId, rule.signal().name(), missingSamples)));
            missingSamples = 0;
        }
    }

    private void keep(final SeenValue value) {
        if (seen.size() == KEPT_VALUES) {
            seen.remove(1);
        }
        seen.add(value);
    }

    private void reset() {
        breachStart = null;
        lastBreachAt = null;
        breachSamples = 0;
        sustainedAt = null;
        acted = false;
        seen.clear();
    }

    String ruleId() {
        return ruleId;
    }

    boolean isBreaching() {
        return breachStart != null;
    }

    boolean isSustained() {
        return sustainedAt != null;
    }

    /** Returns whether the breach is sustained and its action has not been taken yet. */
    boolean awaitsAction() {
        return sustainedAt != null && !acted;
    }

    /** Marks the sustained breach as handled: a rollback, a request or a decision; it asks again only after it ends. */
    void markActed() {
        acted = true;
    }

    Instant breachStart() {
        if (breachStart == null) {
            throw new IllegalStateException("Rule " + ruleId + " is not breaching");
        }
        return breachStart;
    }

    Instant sustainedAt() {
        if (sustainedAt == null) {
            throw new IllegalStateException("The breach of rule " + ruleId + " is not sustained");
        }
        return sustainedAt;
    }

    int breachSamples() {
        return breachSamples;
    }

    List<SeenValue> seen() {
        return Collections.unmodifiableList(seen);
    }

    String valuesText() {
        return seen.stream().map(SeenValue::text).collect(Collectors.joining(", "));
    }
}
