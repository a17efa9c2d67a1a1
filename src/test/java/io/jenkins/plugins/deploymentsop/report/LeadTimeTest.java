package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.ChangeEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadTimeTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant END = START.plusSeconds(1800);

    private static DeploymentRecord record(final ChangeEntry... changes) {
        DeploymentRecord record = new DeploymentRecord(new DeploymentKey("shop", "production"), START);
        record.addChanges(List.of(changes));
        return record;
    }

    private static ChangeEntry commit(final String id, final Instant at) {
        return new ChangeEntry(id, "carol", "message", at);
    }

    @Test
    void shouldMeasureFromCommitTimeToTheEndOfASuccessfulDeployment() {
        DeploymentRecord record = record(commit("a", START.minusSeconds(3600)), commit("b", START));
        record.finish(Outcome.SUCCEEDED, "ok", END);

        List<LeadTime> times = LeadTime.of(record);

        assertThat(times)
                .extracting(LeadTime::duration)
                .containsExactly(Optional.of(Duration.ofMinutes(90)), Optional.of(Duration.ofMinutes(30)));
        assertThat(times.get(0).text()).isEqualTo("1 h 30 min");
        assertThat(LeadTime.median(times)).hasValue(Duration.ofMinutes(60));
    }

    @Test
    void shouldHaveNoLeadTimeWhileRunningOrWhenTheChangeNeverStayedInProduction() {
        DeploymentRecord running = record(commit("a", START));
        assertThat(LeadTime.of(running).get(0).text()).isEqualTo("— (deployment not finished)");

        DeploymentRecord rolledBack = record(commit("a", START));
        rolledBack.finish(Outcome.ROLLED_BACK, "rolled back", END);
        assertThat(LeadTime.of(rolledBack).get(0).duration()).isEmpty();
        assertThat(LeadTime.of(rolledBack).get(0).reason()).isEqualTo("not in production: ROLLED_BACK");
    }

    @Test
    void shouldNotReportANegativeLeadTimeForACommitAfterTheDeployment() {
        DeploymentRecord record = record(commit("late", END.plusSeconds(60)), commit("ok", START));
        record.finish(Outcome.SUCCEEDED, "ok", END);

        List<LeadTime> times = LeadTime.of(record);

        assertThat(times.get(0).reason()).isEqualTo("commit time after the deployment");
        assertThat(LeadTime.median(times)).hasValue(Duration.ofMinutes(30));
    }

    @Test
    void shouldTakeTheMiddleValueOfAnOddCountAndHaveNoneForNoCommits() {
        DeploymentRecord record = record(
                commit("a", END.minusSeconds(60)),
                commit("b", END.minusSeconds(600)),
                commit("c", END.minusSeconds(6000)));
        record.finish(Outcome.SUCCEEDED, "ok", END);

        assertThat(LeadTime.median(LeadTime.of(record))).hasValue(Duration.ofMinutes(10));
        assertThat(LeadTime.median(List.of())).isEmpty();
    }
}
