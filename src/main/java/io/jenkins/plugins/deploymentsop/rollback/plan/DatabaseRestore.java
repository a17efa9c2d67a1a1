package io.jenkins.plugins.deploymentsop.rollback.plan;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** How the database backup is restored: by the step's body (a Pipeline block) or by a command. */
public final class DatabaseRestore implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int MAX_COMMAND = 4000;
    private static final DatabaseRestore BODY = new DatabaseRestore("");

    private final String command;

    private DatabaseRestore(final String command) {
        this.command = command;
    }

    /** Returns the restore by the step's body. */
    public static DatabaseRestore body() {
        return BODY;
    }

    /**
     * Creates a restore by a command.
     *
     * @param command the command, e.g. {@code ./restore-db.sh "$BACKUP_TIMESTAMP"}
     * @return the restore
     */
    public static DatabaseRestore command(final String command) {
        return new DatabaseRestore(checkCommand("restoreCommand", command));
    }

    static String checkCommand(final String parameter, final String command) {
        if (command.isBlank() || command.length() > MAX_COMMAND || command.indexOf('\0') >= 0) {
            throw new InvalidInputException(
                    parameter, command, "a command line of 1 to 4000 characters, e.g. ./rollback-db.sh");
        }
        return command.trim();
    }

    public boolean usesBody() {
        return command.isEmpty();
    }

    /** Returns the command, empty when the body restores. */
    public Optional<String> commandLine() {
        return command.isEmpty() ? Optional.empty() : Optional.of(command);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DatabaseRestore && ((DatabaseRestore) o).command.equals(command);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(command);
    }

    @Override
    public String toString() {
        return usesBody() ? "the step's body" : "`" + command + "`";
    }
}
