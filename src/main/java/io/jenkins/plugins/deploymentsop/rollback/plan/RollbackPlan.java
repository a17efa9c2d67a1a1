package io.jenkins.plugins.deploymentsop.rollback.plan;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ordered actions of a rollback, following the SOP's decision tree: traffic back to the previous version first
 * (always), then the database restore (DATABASE; FULL if given), then the health check that ends the recovery
 * time, then the destruction of the failed environment (FULL, if a command is given).
 */
public final class RollbackPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RollbackType type;
    private final ArrayList<PlannedAction> actions;

    private RollbackPlan(final RollbackType type, final List<PlannedAction> actions) {
        this.type = type;
        this.actions = new ArrayList<>(actions);
    }

    /** Returns the traffic rollback. */
    public static RollbackPlan traffic() {
        return of(RollbackType.TRAFFIC, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a database rollback.
     *
     * @param restore how the backup is restored
     * @return the plan
     */
    public static RollbackPlan database(final DatabaseRestore restore) {
        return of(RollbackType.DATABASE, Optional.of(restore), Optional.empty());
    }

    /**
     * Returns a full rollback.
     *
     * @param restore how the backup is restored, if migrations were applied
     * @param destroyCommand the command that destroys the failed environment, if any
     * @return the plan
     */
    public static RollbackPlan full(final Optional<DatabaseRestore> restore, final Optional<String> destroyCommand) {
        return of(RollbackType.FULL, restore, destroyCommand);
    }

    /**
     * Creates a plan from step parameters, rejecting combinations that do not fit the type.
     *
     * @param type the type
     * @param restore how the database is restored; required for DATABASE, optional for FULL, not for TRAFFIC
     * @param destroyCommand the destroy command; FULL only
     * @return the plan
     * @throws InvalidInputException if the combination does not fit the type
     */
    public static RollbackPlan of(
            final RollbackType type, final Optional<DatabaseRestore> restore, final Optional<String> destroyCommand) {
        Optional<String> destroy = destroyCommand.map(command -> DatabaseRestore.checkCommand("destroy", command));
        if (type == RollbackType.TRAFFIC && restore.isPresent()) {
            throw new InvalidInputException(
                    "type", "traffic", "database or full when a database restore (body or restoreCommand) is given");
        }
        if (type == RollbackType.DATABASE && restore.isEmpty()) {
            throw new InvalidInputException(
                    "restoreCommand", "", "a body or a command that restores the database backup, for type database");
        }
        if (type != RollbackType.FULL && destroy.isPresent()) {
            throw new InvalidInputException(
                    "destroy", destroy.get(), "no destroy command for type " + type + "; use type full");
        }
        List<PlannedAction> actions = new ArrayList<>();
        actions.add(PlannedAction.switchTrafficBack());
        restore.ifPresent(how -> actions.add(PlannedAction.restoreDatabase(how)));
        actions.add(PlannedAction.verifyHealth());
        destroy.ifPresent(command -> actions.add(PlannedAction.destroy(command)));
        return new RollbackPlan(type, actions);
    }

    public RollbackType type() {
        return type;
    }

    public List<PlannedAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    /** Returns the commands the plan runs (restore, destroy), for the dry run. */
    public List<String> commands() {
        return actions.stream()
                .map(PlannedAction::command)
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RollbackPlan
                && ((RollbackPlan) o).type == type
                && ((RollbackPlan) o).actions.equals(actions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, actions);
    }

    @Override
    public String toString() {
        return type + " rollback: "
                + actions.stream().map(PlannedAction::description).collect(Collectors.joining(", then "));
    }
}
