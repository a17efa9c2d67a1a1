package io.jenkins.plugins.deploymentsop.rollback.plan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.watch.Trigger;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The incident behind a rollback, with the inputs of recovery time: detected (the breach was sustained), rolled
 * back (traffic verified on the previous version), restored (the previous version verified healthy).
 */
public final class IncidentSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String rule;
    private final Severity severity;
    private final String valuesSeen;
    private final Instant detectedAt;

    @CheckForNull
    private final Instant rolledBackAt;

    @CheckForNull
    private final Instant restoredAt;

    private IncidentSummary(
            final String ruleId,
            final String rule,
            final Severity severity,
            final String valuesSeen,
            final Instant detectedAt,
            @CheckForNull final Instant rolledBackAt,
            @CheckForNull final Instant restoredAt) {
        this.ruleId = ruleId;
        this.rule = rule;
        this.severity = severity;
        this.valuesSeen = valuesSeen;
        this.detectedAt = detectedAt;
        this.rolledBackAt = rolledBackAt;
        this.restoredAt = restoredAt;
    }

    /**
     * Opens the incident of a trigger.
     *
     * @param trigger why the release is rolled back
     * @return the incident, neither rolled back nor restored yet
     */
    public static IncidentSummary of(final Trigger trigger) {
        String values = trigger.valuesSeen().isEmpty() ? trigger.reason() : trigger.valuesText();
        return new IncidentSummary(
                trigger.ruleId(),
                trigger.ruleId() + ": " + trigger.ruleText(),
                trigger.severity(),
                values,
                trigger.detectedAt(),
                null,
                null);
    }

    /**
     * Takes the rolled-back and restored times from a rollback's progress.
     *
     * @param progress the rollback
     * @return the updated incident
     */
    public IncidentSummary withProgress(final RollbackProgress progress) {
        return new IncidentSummary(
                ruleId,
                rule,
                severity,
                valuesSeen,
                detectedAt,
                progress.rolledBackAt().orElse(rolledBackAt),
                progress.restoredAt().orElse(restoredAt));
    }

    /**
     * Sets when service was restored, e.g. when health turned green after the rollback ended.
     *
     * @param at when
     * @return the updated incident
     */
    public IncidentSummary restoredAt(final Instant at) {
        return new IncidentSummary(ruleId, rule, severity, valuesSeen, detectedAt, rolledBackAt, at);
    }

    public String ruleId() {
        return ruleId;
    }

    /** Returns the rule in words, e.g. {@code error-rate-p0: error rate > 10% → P0, automatic}. */
    public String rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    public String valuesSeen() {
        return valuesSeen;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Optional<Instant> rolledBackAt() {
        return Optional.ofNullable(rolledBackAt);
    }

    public Optional<Instant> restoredAt() {
        return Optional.ofNullable(restoredAt);
    }

    /** Returns the time from detection to verified traffic on the previous version. */
    public Optional<Duration> timeToRollback() {
        return rolledBackAt().map(at -> Duration.between(detectedAt, at));
    }

    /** Returns the time from detection to restored service: the recovery time. */
    public Optional<Duration> recoveryTime() {
        return restoredAt().map(at -> Duration.between(detectedAt, at));
    }

    /** Returns an id for the record that is stable for one incident: {@code rollback-<rule>-<detected epoch s>}. */
    public String defaultId() {
        return "rollback-" + ruleId + "-" + detectedAt.getEpochSecond();
    }

    /**
     * Maps the incident to the deployment record.
     *
     * @param id the incident's id in the record; the same id replaces an earlier version of the incident
     * @return the record's incident
     */
    public Incident toRecord(final String id) {
        return new Incident(id, rule, severity.name(), valuesSeen, detectedAt, rolledBackAt, restoredAt);
    }

    /** Maps the incident to the deployment record with its {@link #defaultId()}. */
    public Incident toRecord() {
        return toRecord(defaultId());
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof IncidentSummary)) {
            return false;
        }
        IncidentSummary other = (IncidentSummary) o;
        return ruleId.equals(other.ruleId)
                && rule.equals(other.rule)
                && severity == other.severity
                && valuesSeen.equals(other.valuesSeen)
                && detectedAt.equals(other.detectedAt)
                && Objects.equals(rolledBackAt, other.rolledBackAt)
                && Objects.equals(restoredAt, other.restoredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, rule, severity, valuesSeen, detectedAt, rolledBackAt, restoredAt);
    }

    @Override
    public String toString() {
        return String.format(
                "%s (%s): %s, detected %s, rolled back %s, restored %s",
                rule, severity, valuesSeen, detectedAt, rolledBackAt, restoredAt);
    }
}
