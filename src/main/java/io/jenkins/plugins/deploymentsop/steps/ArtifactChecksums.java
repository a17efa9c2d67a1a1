package io.jenkins.plugins.deploymentsop.steps;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.record.ArtifactEntry;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;

/**
 * Computes SHA-256 checksums of the artifacts matching an Ant-style glob, on the agent that holds the workspace, so
 * the files never travel to the controller.
 */
final class ArtifactChecksums extends MasterToSlaveFileCallable<ArrayList<ArtifactEntry>> {
    private static final long serialVersionUID = 1L;

    private final String glob;

    ArtifactChecksums(final String glob) {
        this.glob = glob;
    }

    /**
     * Checksums the artifacts of a workspace.
     *
     * @param workspace the workspace
     * @param glob an Ant-style glob such as {@code target/*.war}
     * @return one entry per file, sorted by name
     * @throws IOException if a file cannot be read
     * @throws InterruptedException if the build is interrupted
     */
    static List<ArtifactEntry> of(final FilePath workspace, final String glob)
            throws IOException, InterruptedException {
        return workspace.act(new ArtifactChecksums(glob));
    }

    @Override
    public ArrayList<ArtifactEntry> invoke(final File workspace, final VirtualChannel channel) throws IOException {
        ArrayList<ArtifactEntry> entries = new ArrayList<>();
        try {
            for (FilePath file : new FilePath(workspace).list(glob)) {
                Path path = new File(file.getRemote()).toPath();
                entries.add(new ArtifactEntry(
                        workspace.toPath().relativize(path).toString().replace('\\', '/'),
                        sha256(path),
                        Files.size(path)));
            }
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while listing " + glob, exception);
        }
        entries.sort((a, b) -> a.name().compareTo(b.name()));
        return entries;
    }

    static String sha256(final Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = input.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", exception);
        }
    }
}
