package io.jenkins.plugins.deploymentsop.rollback.plan;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** One step of a rollback plan: what to do and, for a command, which one. */
public final class PlannedAction implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ActionKind kind;
    private final String description;
    private final String command;
    private final boolean body;

    private PlannedAction(final ActionKind kind, final String description, final String command, final boolean body) {
        this.kind = kind;
        this.description = description;
        this.command = command;
        this.body = body;
    }

    static PlannedAction switchTrafficBack() {
        return new PlannedAction(
                ActionKind.SWITCH_TRAFFIC_BACK,
                "route 100% of traffic back to the previous version and verify the router serves it",
                "",
                false);
    }

    static PlannedAction restoreDatabase(final DatabaseRestore restore) {
        return new PlannedAction(
                ActionKind.RESTORE_DATABASE,
                "restore the database backup by " + restore,
                restore.commandLine().orElse(""),
                restore.usesBody());
    }

    static PlannedAction verifyHealth() {
        return new PlannedAction(
                ActionKind.VERIFY_HEALTH, "check that the previous version is healthy again", "", false);
    }

    static PlannedAction destroy(final String command) {
        return new PlannedAction(
                ActionKind.DESTROY_FAILED_ENVIRONMENT,
                "destroy the failed environment by `" + command + "`",
                command,
                false);
    }

    public ActionKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** Returns the command this action runs, if it runs one. */
    public Optional<String> command() {
        return command.isEmpty() ? Optional.empty() : Optional.of(command);
    }

    /** Returns whether this action runs the step's body. */
    public boolean usesBody() {
        return body;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof PlannedAction)) {
            return false;
        }
        PlannedAction other = (PlannedAction) o;
        return kind == other.kind
                && description.equals(other.description)
                && command.equals(other.command)
                && body == other.body;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, description, command, body);
    }

    @Override
    public String toString() {
        return kind + ": " + description;
    }
}
