package io.jenkins.plugins.deploymentsop.traffic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Replaces router files so that a reader (nginx, HAProxy, a script) sees either the old or the new content, never
 * a half-written file: the content goes to a temporary file in the same directory, then is renamed over the target.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Reads a file, if it exists.
     *
     * @param file the file
     * @return its text, or empty if it does not exist
     * @throws IOException if it exists but cannot be read
     */
    static Optional<String> read(final Path file) throws IOException {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException exception) {
            return Optional.empty();
        }
    }

    /**
     * Writes a file atomically.
     *
     * @param file the file to replace or create
     * @param text the new content
     * @throws IOException if the content could not be written; the old file is then untouched
     */
    static void write(final Path file, final String text) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Path name = absolute.getFileName();
        if (directory == null || name == null) {
            throw new IOException("Not a file in a directory: " + absolute);
        }
        // created like any new file (umask), not owner-only: a server running as another user must read it
        Path temporary = directory.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            copyPermissions(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException exception) {
                throw new IOException(
                        "Cannot replace " + absolute + " atomically: " + exception.getMessage(), exception);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Puts a file back as it was: the old text, or no file if there was none.
     *
     * @param file the file
     * @param previous the old text, empty if the file did not exist
     * @throws IOException if the file cannot be restored
     */
    static void restore(final Path file, final Optional<String> previous) throws IOException {
        if (previous.isPresent()) {
            write(file, previous.get());
        } else {
            Files.deleteIfExists(file);
        }
    }

    // a replaced file keeps its permissions, so an operator's choice survives every deployment
    private static void copyPermissions(final Path original, final Path temporary) throws IOException {
        if (Files.exists(original)) {
            try {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(original));
            } catch (UnsupportedOperationException exception) {
                // not a POSIX file system: the default permissions are all we can have
            }
        }
    }
}
