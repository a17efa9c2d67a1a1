package io.jenkins.plugins.deploymentsop.rollback.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class RollbackPlanTest {
    @Test
    void shouldSwitchTrafficBackFirstAndCheckHealthForEveryType() {
        assertThat(RollbackPlan.traffic().actions())
                .extracting(PlannedAction::kind)
                .containsExactly(ActionKind.SWITCH_TRAFFIC_BACK, ActionKind.VERIFY_HEALTH);
        assertThat(RollbackPlan.database(DatabaseRestore.body()).actions())
                .extracting(PlannedAction::kind)
                .containsExactly(ActionKind.SWITCH_TRAFFIC_BACK, ActionKind.RESTORE_DATABASE, ActionKind.VERIFY_HEALTH);
        assertThat(RollbackPlan.full(
                                Optional.of(DatabaseRestore.command("./restore-db.sh")),
                                Optional.of("./destroy-green.sh"))
                        .actions())
                .extracting(PlannedAction::kind)
                .containsExactly(
                        ActionKind.SWITCH_TRAFFIC_BACK,
                        ActionKind.RESTORE_DATABASE,
                        ActionKind.VERIFY_HEALTH,
                        ActionKind.DESTROY_FAILED_ENVIRONMENT);
        assertThat(RollbackPlan.full(Optional.empty(), Optional.empty()).actions())
                .hasSize(2);
    }

    @Test
    void shouldDescribeTheActionsAndTheirCommands() {
        RollbackPlan full = RollbackPlan.full(
                Optional.of(DatabaseRestore.command(" ./restore-db.sh 42 ")), Optional.of("./destroy.sh"));

        assertThat(full.commands()).containsExactly("./restore-db.sh 42", "./destroy.sh");
        assertThat(full.toString())
                .isEqualTo("FULL rollback: route 100% of traffic back to the previous version and verify the router"
                        + " serves it, then restore the database backup by `./restore-db.sh 42`, then check that the"
                        + " previous version is healthy again, then destroy the failed environment by `./destroy.sh`");
        PlannedAction bodyRestore =
                RollbackPlan.database(DatabaseRestore.body()).actions().get(1);
        assertThat(bodyRestore.usesBody()).isTrue();
        assertThat(bodyRestore.command()).isEmpty();
        assertThat(bodyRestore.description()).isEqualTo("restore the database backup by the step's body");
    }

    @Test
    void shouldRejectCombinationsThatDoNotFitTheType() {
        assertThatThrownBy(() ->
                        RollbackPlan.of(RollbackType.TRAFFIC, Optional.of(DatabaseRestore.body()), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'type'");
        assertThatThrownBy(() -> RollbackPlan.of(RollbackType.DATABASE, Optional.empty(), Optional.empty()))
                .hasMessageContaining("'restoreCommand'");
        assertThatThrownBy(() -> RollbackPlan.of(
                        RollbackType.DATABASE, Optional.of(DatabaseRestore.body()), Optional.of("./destroy.sh")))
                .hasMessageContaining("'destroy'")
                .hasMessageContaining("use type full");
        assertThatThrownBy(() -> DatabaseRestore.command("  ")).hasMessageContaining("'restoreCommand'");
        assertThatThrownBy(() -> RollbackPlan.full(Optional.empty(), Optional.of("a\0b")))
                .hasMessageContaining("'destroy'");
        assertThatThrownBy(() -> RollbackType.valueOf("type", "partial"))
                .hasMessageContaining("traffic, database or full");
        assertThat(RollbackType.valueOf("type", " Full ")).isEqualTo(RollbackType.FULL);
    }

    @Test
    void shouldObeyTheEqualsContracts() {
        EqualsVerifier.forClass(DatabaseRestore.class).verify();
        EqualsVerifier.forClass(PlannedAction.class).verify();
        EqualsVerifier.forClass(RollbackPlan.class).verify();
    }
}
