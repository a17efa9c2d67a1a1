package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RolloutJournalTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final DeploymentRecord record = new DeploymentRecord(new DeploymentKey("shop", "production"), START);
    private final List<String> log = new ArrayList<>();
    private final RolloutJournal journal = new RolloutJournal(
            new DeploymentRecords() {
                @Override
                public void update(final Consumer<DeploymentRecord> change) {
                    change.accept(record);
                }

                @Override
                public void finish(final Outcome outcome, final String reason, final Instant at) {
                    record.finish(outcome, reason, at);
                }
            },
            log::add);

    @Test
    void shouldCloseTheOpenRollbackWithItsTriggerAndStart() {
        RolloutJournal.openRollback(record, "validation failed", START, "switching back to blue");

        RolloutJournal.closeOpenRollback(record, true, START.plusSeconds(5), "blue serves 100%");

        assertThat(record.getRollbacks()).singleElement().satisfies(rollback -> {
            assertThat(rollback.type()).isEqualTo("TRAFFIC");
            assertThat(rollback.trigger()).isEqualTo("validation failed");
            assertThat(rollback.startedAt()).isEqualTo(START);
            assertThat(rollback.finishedAt()).isEqualTo(START.plusSeconds(5));
            assertThat(rollback.outcome()).isEqualTo(RollbackEvent.SUCCEEDED);
            assertThat(rollback.detail()).isEqualTo("blue serves 100%");
        });
    }

    @Test
    void shouldLeaveAClosedRollbackAndARecordWithoutOneAlone() {
        RolloutJournal.closeOpenRollback(record, false, START, "failed");
        assertThat(record.getRollbacks()).isEmpty();

        RolloutJournal.openRollback(record, "step 1 failed", START, "back to stable");
        RolloutJournal.closeOpenRollback(record, false, START.plusSeconds(1), "router refused");
        RolloutJournal.closeOpenRollback(record, true, START.plusSeconds(9), "later terminal phase");

        assertThat(record.getRollbacks()).singleElement().satisfies(rollback -> {
            assertThat(rollback.outcome()).isEqualTo(RollbackEvent.FAILED);
            assertThat(rollback.detail()).isEqualTo("router refused");
        });
    }

    @Test
    void shouldMakeTheSoleColourLiveOnlyOnceTheRouterVerifiedIt() {
        journal.trafficChanged(
                TrafficSplit.of(0, 100), false, START, "sent", changed -> changed.setPreviousColor("blue"));
        assertThat(record.getLiveColor()).isEmpty();
        assertThat(record.getPreviousColor()).isEqualTo("blue");

        journal.trafficChanged(TrafficSplit.of(0, 100), true, START.plusSeconds(1), "read back", changed -> {});

        assertThat(record.getLiveColor()).isEqualTo("green");
        assertThat(record.getTraffic()).hasSize(2);
        assertThat(log)
                .containsExactly(
                        "traffic: " + TrafficSplit.of(0, 100) + " (not verified), sent",
                        "traffic: " + TrafficSplit.of(0, 100) + " (verified), read back");
    }
}
