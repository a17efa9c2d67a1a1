package io.jenkins.plugins.deploymentsop.traffic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file an nginx router manages (the upstream include or the JSON state file) with the router's failures around
 * it: reading and atomic writing fail as {@link RouterException}s naming the file, and putting the previous file back
 * ends in an exception that says whether nginx serves the previous split again.
 */
final class NginxManagedFile {
    private final Path file;
    private final String statusLocation;

    NginxManagedFile(final NginxSettings settings, final NginxStatus status) {
        this.file = settings.file();
        this.statusLocation = status.location();
    }

    Path path() {
        return file;
    }

    /**
     * Reads the file.
     *
     * @return its content, or empty if it does not exist
     * @throws RouterException if it cannot be read
     */
    Optional<String> read() throws RouterException {
        try {
            return AtomicFiles.read(file);
        } catch (IOException exception) {
            throw RouterException.nothingChanged("Cannot read " + file + ": " + exception, exception);
        }
    }

    /**
     * Reads the file a change starts from, which must exist.
     *
     * @param missing what to say when it does not, after the file's name
     * @return its content
     * @throws RouterException if it is missing or cannot be read; nothing was changed
     */
    String existing(final String missing) throws RouterException {
        Optional<String> content = read();
        if (content.isEmpty()) {
            throw RouterException.nothingChanged(missing);
        }
        return content.get();
    }

    /**
     * Replaces the file atomically.
     *
     * @param content the new content
     * @throws RouterException if it cannot be written; nothing was changed
     */
    void write(final String content) throws RouterException {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException exception) {
            throw RouterException.nothingChanged("Cannot write " + file + ": " + exception, exception);
        }
    }

    /**
     * Says how putting the previous file back ended.
     *
     * @param reason why the change failed
     * @param previous the split served before the change
     * @param restored how the previous file came back, e.g. {@code restored and reloaded}
     * @param restoreFailure why restoring failed; empty if nginx serves {@code previous} again (verified)
     * @return the exception to throw: {@link RouterException.Outcome#RESTORED} or {@link RouterException.Outcome#UNKNOWN}
     */
    RouterException afterRestore(
            final String reason,
            final TrafficSplit previous,
            final String restored,
            final Optional<String> restoreFailure) {
        if (restoreFailure.isEmpty()) {
            return new RouterException(
                    reason + "; the previous " + file + " was " + restored + ", nginx serves " + previous
                            + " again (verified)",
                    RouterException.Outcome.RESTORED);
        }
        return new RouterException(
                reason + "; restoring the previous split " + previous + " failed too (" + restoreFailure.get()
                        + "): the split nginx serves is UNKNOWN, check " + file + " and " + statusLocation,
                RouterException.Outcome.UNKNOWN);
    }
}
