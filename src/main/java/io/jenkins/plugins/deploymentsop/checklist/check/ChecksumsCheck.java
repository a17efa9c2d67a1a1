package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.RelativePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Verify artifact integrity": every file a SHA-256 checksum file lists (as {@code sha256sum} writes it, names
 * relative to the checksum file's folder) is in the workspace with that checksum, and every artifact matching the
 * item's patterns is listed, so nothing unverified ships. Files are hashed as streams; listed names must stay inside
 * the workspace (no absolute paths, no {@code ..}, no links leading out).
 */
public final class ChecksumsCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "checksums";
    private static final int SHOWN = 10;
    private static final int BUFFER = 64 * 1024;

    private final String file;
    private final ArrayList<String> artifacts;

    /**
     * Creates the check.
     *
     * @param file the checksum file, relative to the workspace
     * @param artifacts patterns of the artifacts that must be listed; empty to check only the listed files
     */
    public ChecksumsCheck(final String file, final List<String> artifacts) {
        this.file = file;
        this.artifacts = new ArrayList<>(artifacts);
    }

    static ChecksumsCheck read(final ItemFields fields) {
        return new ChecksumsCheck(fields.optionalString("file").orElse("SHA256SUMS"), fields.strings("artifacts"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        Path sums = context.workspace().resolve("file", context.expand(file));
        String sumsName = context.workspace().display(sums);
        if (!Files.isRegularFile(sums)) {
            return CheckOutcome.error("Checksum file not found: " + sumsName);
        }
        Path base = sums.getParent();
        List<String> mismatched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<Path> listed = new LinkedHashSet<>();
        for (ChecksumFile.Entry entry : ChecksumFile.read(sums, sumsName)) {
            Path listedFile = resolve(context, base, entry, sumsName);
            listed.add(listedFile);
            String name = context.workspace().display(listedFile);
            if (!Files.isRegularFile(listedFile)) {
                missing.add(name);
                continue;
            }
            String actual = sha256(listedFile);
            if (!actual.equals(entry.sha256())) {
                mismatched.add(String.format(
                        "%s (sha256 %s, %s line %d says %s)",
                        name, abbreviate(actual), sumsName, entry.line(), abbreviate(entry.sha256())));
            }
        }
        List<String> unlisted = new ArrayList<>();
        if (!artifacts.isEmpty()) {
            for (Path artifact : find(context, "artifacts", artifacts)) {
                if (!listed.contains(artifact) && !artifact.equals(sums)) {
                    unlisted.add(context.workspace().display(artifact));
                }
            }
        }
        Details.Builder details = Details.builder()
                .count("listed", listed.size())
                .count("verified", listed.size() - mismatched.size() - missing.size())
                .count("mismatched", mismatched.size())
                .count("missing", missing.size())
                .count("unlisted", unlisted.size())
                .link(sumsName, sumsName);
        if (mismatched.isEmpty() && missing.isEmpty() && unlisted.isEmpty()) {
            return CheckOutcome.passed(String.format(
                            "%s %s %s%s",
                            Texts.count(listed.size(), "file", "files"),
                            listed.size() == 1 ? "matches" : "match",
                            sumsName,
                            artifacts.isEmpty()
                                    ? ""
                                    : "; every artifact of '" + String.join(", ", artifacts) + "' is listed"))
                    .withDetails(details.build());
        }
        List<String> problems = new ArrayList<>();
        addProblem(problems, "checksum differs", mismatched);
        addProblem(problems, "missing", missing);
        addProblem(problems, "not listed in " + sumsName, unlisted);
        List<String> failures = new ArrayList<>();
        mismatched.forEach(name -> failures.add("checksum differs: " + name));
        missing.forEach(name -> failures.add("missing: " + name));
        unlisted.forEach(name -> failures.add("not listed: " + name));
        return CheckOutcome.failed(String.format(
                        "%d of %d listed files do not match %s; %s",
                        mismatched.size() + missing.size(), listed.size(), sumsName, String.join("; ", problems)))
                .withDetails(details.failures(failures.subList(0, Math.min(SHOWN, failures.size())))
                        .build());
    }

    /**
     * Resolves a listed name against the checksum file's folder; a name that would leave the workspace (absolute,
     * with {@code ..}, or a link leading out) ends the check with an ERROR naming the line.
     */
    private static Path resolve(
            final CheckContext context, final Path base, final ChecksumFile.Entry entry, final String sumsName) {
        String where = sumsName + " line " + entry.line();
        RelativePath relative;
        try {
            relative = RelativePath.of(where, entry.name());
        } catch (InvalidInputException exception) {
            throw CheckProblem.error(String.format(
                    "%s lists '%s', which is not a file inside the workspace: names are relative to the folder of"
                            + " the checksum file, without '..'",
                    where, Texts.oneLine(entry.name(), 200)));
        }
        return context.workspace().resolve(where, context.workspace().display(base.resolve(relative.toString())));
    }

    private static void addProblem(final List<String> problems, final String label, final List<String> names) {
        if (!names.isEmpty()) {
            problems.add(label + ": " + Texts.list(names, 5));
        }
    }

    private static String abbreviate(final String sha256) {
        return sha256.substring(0, 12) + "…";
    }

    /**
     * Hashes a file as a stream.
     *
     * @param path the file
     * @return its SHA-256, lower-case hex
     * @throws IOException if it cannot be read
     */
    static String sha256(final Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", exception);
        }
        byte[] buffer = new byte[BUFFER];
        try (InputStream input = Files.newInputStream(path)) {
            int read;
            while ((read = input.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
