package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.rollback.RuleFileReader;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import jenkins.MasterToSlaveFileCallable;

/**
 * Reads the rules file where the workspace is (the agent), confined to the workspace: the path may not leave it, not
 * even through a symbolic link, and at most {@link RuleFileReader#MAX_BYTES} are read. The controller parses the text.
 */
final class WorkspaceRulesFile {
    private WorkspaceRulesFile() {}

    /**
     * Reads the file.
     *
     * @param workspace the workspace
     * @param relative the checked workspace-relative path
     * @return the text
     * @throws IOException if it cannot be read or is too large
     * @throws InterruptedException if interrupted
     */
    static String read(final FilePath workspace, final String relative) throws IOException, InterruptedException {
        return workspace.act(new Reader(relative));
    }

    /** Runs on the agent; only the path goes over the wire, only the text comes back. */
    private static final class Reader extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;

        private final String relative;

        Reader(final String relative) {
            this.relative = relative;
        }

        @Override
        public String invoke(final File root, final VirtualChannel channel) throws IOException {
            return readConfined(root.toPath(), relative);
        }
    }

    /**
     * Reads a file below a root, refusing paths (and links) that lead elsewhere.
     *
     * @param root the workspace
     * @param relative the path below it
     * @return the text
     * @throws IOException if it cannot be read or is too large
     */
    static String readConfined(final Path root, final String relative) throws IOException {
        Path base = root.toRealPath();
        Path file = base.resolve(relative).normalize();
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException exception) {
            throw new InvalidInputException(
                    "rulesFile", relative, "a rules file that exists in the workspace (" + base + ")");
        }
        if (!real.startsWith(base) || !Files.isRegularFile(real)) {
            throw new InvalidInputException("rulesFile", relative, "a regular file inside the workspace");
        }
        try (InputStream input = UntrustedInput.open(real, RuleFileReader.MAX_BYTES)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
