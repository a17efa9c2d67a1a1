package io.jenkins.plugins.deploymentsop.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Instant;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ManualGateTest {
    private static final Instant START = Instant.parse("2026-03-03T10:00:00Z");
    private static final ManualPolicy LEADS =
            new ManualPolicy(Approvers.of(List.of("Alice"), List.of("tech-leads")), TimeSpan.ofMinutes(60), "");

    @Test
    void shouldAllowNamedUsersAndGroupMembersOnly() {
        ManualGate gate = ManualGate.start("tech-lead", LEADS, START);

        assertThat(gate.isAllowed("alice", List.of())).isTrue();
        assertThat(gate.isAllowed("bob", List.of("developers", "Tech-Leads"))).isTrue();
        assertThat(gate.isAllowed("bob", List.of("developers"))).isFalse();
        assertThat(ManualGate.start("x", new ManualPolicy(Approvers.ANYONE, TimeSpan.ofMinutes(1), ""), START)
                        .isAllowed("anybody", List.of()))
                .isTrue();
        assertThatThrownBy(() -> gate.apply(Decision.of(DecisionKind.CONFIRM, "tech-lead", "bob", START, "")))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage(
                        "User 'bob' may not decide on item 'tech-lead' (allowed: users [alice], groups [tech-leads])");
    }

    @Test
    void shouldMoveThroughItsPhases() {
        ManualGate gate = ManualGate.start("tech-lead", LEADS, START);
        assertThat(gate.phase()).isEqualTo(ManualGate.Phase.WAITING);
        assertThat(gate.status()).isEqualTo(ItemStatus.PENDING);
        assertThat(gate.deadline()).isEqualTo(START.plusSeconds(3600));

        ManualGate confirmed =
                gate.apply(Decision.of(DecisionKind.CONFIRM, "tech-lead", "alice", START.plusSeconds(5), "ok"));
        assertThat(confirmed.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(confirmed.decisions()).hasSize(1);
        assertThatThrownBy(() -> confirmed.apply(Decision.of(
                        DecisionKind.REJECT, "tech-lead", "alice", START.plusSeconds(9), "changed my mind")))
                .hasMessage("Item 'tech-lead' no longer waits for a decision: it is confirmed by alice at"
                        + " 2026-03-03T10:00:05Z: ok");
        assertThatThrownBy(() -> confirmed.apply(
                        Decision.of(DecisionKind.WAIVE, "tech-lead", "alice", START.plusSeconds(9), "why not")))
                .hasMessageContaining("needs no waiver");

        ManualGate rejected = gate.apply(Decision.of(DecisionKind.REJECT, "tech-lead", "alice", START, "no"));
        assertThat(rejected.status()).isEqualTo(ItemStatus.FAILED);
        ManualGate waived =
                rejected.apply(Decision.of(DecisionKind.WAIVE, "tech-lead", "alice", START, "CAB approved"));
        assertThat(waived.status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(waived.decisions())
                .extracting(Decision::kind)
                .containsExactly(DecisionKind.REJECT, DecisionKind.WAIVE);
        assertThat(gate.apply(Decision.of(DecisionKind.WAIVE, "tech-lead", "alice", START, "emergency"))
                        .status())
                .isEqualTo(ItemStatus.WAIVED);
    }

    @Test
    void shouldTimeOutAtTheDeadlineExactly() {
        ManualGate gate = ManualGate.start("tech-lead", LEADS, START);

        assertThat(gate.timeOutIfDue(START.plusSeconds(3599))).isSameAs(gate);
        ManualGate timedOut = gate.timeOutIfDue(START.plusSeconds(3600));
        assertThat(timedOut.phase()).isEqualTo(ManualGate.Phase.TIMED_OUT);
        assertThat(timedOut.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(timedOut.evidence()).isEqualTo("No decision within 1h: the deadline 2026-03-03T11:00:00Z passed");
    }

    @Test
    void shouldValidateDecisions() {
        assertThatThrownBy(() -> Decision.of(DecisionKind.CONFIRM, "x", " ", START, ""))
                .hasMessageContaining("'userId'");
        assertThatThrownBy(() -> Decision.of(DecisionKind.CONFIRM, "x", "alice", START, "a".repeat(2001)))
                .hasMessageContaining("at most 2000 characters");
        assertThat(DecisionKind.parse("decision", "waive")).isEqualTo(DecisionKind.WAIVE);
        EqualsVerifier.forClass(Approvers.class)
                .withNonnullFields("users", "groups")
                .verify();
    }
}
