package io.jenkins.plugins.deploymentsop.rollback.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The breach a pending decision and a trigger both carry: copied whole, compared field by field. */
class BreachTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant SUSTAINED = START.plusSeconds(120);
    private static final Instant DEADLINE = SUSTAINED.plusSeconds(300);

    private static Breach breach(final String reason, final List<SeenValue> values) {
        return new Breach("errors", "error rate > 5% for 2m", Severity.P1, reason, values, START, SUSTAINED);
    }

    private static List<SeenValue> values(final String... texts) {
        return Arrays.stream(texts).map(text -> new SeenValue(SUSTAINED, text)).toList();
    }

    @Test
    void shouldCarryTheBreachAPersonWasAskedAboutIntoTheTrigger() {
        PendingDecision pending =
                new PendingDecision(breach("7% over 5 samples", values("6.2%", "7%")), DEADLINE, Choice.ROLLBACK);

        Trigger trigger = new Trigger(pending, DEADLINE, Trigger.DecidedBy.TIMEOUT, "SYSTEM", "no decision");

        assertThat(trigger.sameBreach(pending)).isTrue();
        assertThat(trigger.ruleId()).isEqualTo("errors");
        assertThat(trigger.ruleText()).isEqualTo("error rate > 5% for 2m");
        assertThat(trigger.severity()).isEqualTo(Severity.P1);
        assertThat(trigger.reason()).isEqualTo("7% over 5 samples");
        assertThat(trigger.valuesText()).isEqualTo("6.2%, 7%");
        assertThat(trigger.breachStartedAt()).isEqualTo(START);
        assertThat(trigger.detectedAt()).isEqualTo(SUSTAINED);
        assertThat(trigger.decidedAt()).isEqualTo(DEADLINE);
    }

    @Test
    void shouldTellBreachesApartByWhatWasSeen() {
        PendingDecision pending =
                new PendingDecision(breach("7% over 5 samples", values("6.2%", "7%")), DEADLINE, Choice.KEEP);

        assertThat(pending)
                .isEqualTo(
                        new PendingDecision(breach("7% over 5 samples", values("6.2%", "7%")), DEADLINE, Choice.KEEP))
                .isNotEqualTo(new PendingDecision(breach("7% over 5 samples", values("6.2%")), DEADLINE, Choice.KEEP))
                .isNotEqualTo(
                        new PendingDecision(breach("8% over 5 samples", values("6.2%", "7%")), DEADLINE, Choice.KEEP))
                .isNotEqualTo(pending.withDeadline(SUSTAINED));
        assertThat(pending.withDeadline(SUSTAINED).sameBreach(pending)).isTrue();
    }

    @Test
    void shouldEqualOnlyTheSameKindOfRecord() {
        Breach breach = breach("7% over 5 samples", values("7%"));
        PendingDecision pending = new PendingDecision(breach, DEADLINE, Choice.ROLLBACK);
        Trigger trigger = new Trigger(breach, SUSTAINED, Trigger.DecidedBy.RULE, "", "");

        assertThat(pending).isNotEqualTo(trigger).isNotEqualTo(breach);
        assertThat(trigger).isNotEqualTo(pending).isNotEqualTo(breach);
        assertThat(breach).isNotEqualTo(pending).isNotEqualTo(trigger);
    }
}
