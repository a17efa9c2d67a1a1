package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What git knows of a document in the workspace: whether it changed since a revision (the last release's tag, say),
 * and when a commit last touched it. Runs {@code git} where the checklist runs, in the workspace, with fixed
 * arguments: the revision is checked first, so it can never be taken for an option.
 */
final class DocumentHistory {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    // a tag, branch or commit, optionally with ~n or ^n: no leading '-', no spaces, no range
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/@{}~^+-]{0,199}");

    private final CommandRunner git;

    DocumentHistory(final CommandRunner git) {
        this.git = git;
    }

    /**
     * Checks a revision as a user wrote it.
     *
     * @param parameter the parameter, e.g. {@code changedSince}
     * @param text e.g. {@code v1.3.0}
     * @return the revision
     * @throws InvalidInputException if it is not a plain revision
     */
    static String revision(final String parameter, final String text) {
        String revision = text.strip();
        if (!REVISION.matcher(revision).matches() || revision.contains("..")) {
            throw new InvalidInputException(
                    parameter,
                    text,
                    "a git revision such as the last release's tag v1.3.0, a branch or a commit id (no range)");
        }
        return revision;
    }

    /**
     * Tells whether a file differs from its state at a revision, counting changes not committed yet.
     *
     * @param revision e.g. {@code v1.3.0}
     * @param file the file, relative to the workspace
     * @return {@code true} if it changed
     * @throws GitException if git cannot answer, e.g. for an unknown revision or outside a git checkout
     * @throws InterruptedException if interrupted
     */
    boolean changedSince(final String revision, final String file) throws GitException, InterruptedException {
        CommandResult result = run(List.of("git", "diff", "--quiet", revision, "--", file));
        if (result.exitCode() == 0) {
            return false;
        }
        if (result.exitCode() == 1) {
            return true;
        }
        throw new GitException(problem(result));
    }

    /**
     * Returns when the last commit that touched a file was made.
     *
     * @param file the file, relative to the workspace
     * @return the commit time, or empty if no commit touched it
     * @throws GitException if git cannot answer
     * @throws InterruptedException if interrupted
     */
    Optional<Instant> lastCommit(final String file) throws GitException, InterruptedException {
        CommandResult result = run(List.of("git", "log", "-1", "--format=%ct", "--", file));
        if (!result.isSuccess()) {
            throw new GitException(problem(result));
        }
        String seconds = result.output().strip();
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
        } catch (NumberFormatException exception) {
            throw new GitException("git log printed '" + Texts.oneLine(seconds, 80) + "', not a commit time");
        }
    }

    private CommandResult run(final List<String> command) throws GitException, InterruptedException {
        try {
            return git.run(command, Map.of(), TIMEOUT);
        } catch (IOException exception) {
            throw new GitException("cannot run git: " + exception.getMessage());
        }
    }

    private static String problem(final CommandResult result) {
        if (result.timedOut()) {
            return "git did not answer within " + TIMEOUT.toSeconds() + " s";
        }
        String last = Texts.oneLine(result.lastLines(1), 200);
        return "git exited with " + result.exitCode() + (last.isEmpty() ? "" : ": " + last);
    }

    /** Git could not answer; the message says why. */
    static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        GitException(final String message) {
            super(message);
        }
    }
}
