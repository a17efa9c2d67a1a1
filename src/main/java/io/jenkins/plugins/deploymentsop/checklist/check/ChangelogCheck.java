package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * "CHANGELOG.md updated": the changelog has an entry for the release being deployed. An entry without any change
 * under it is a WARNING: the heading was added, the changes were not.
 */
public final class ChangelogCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "changelog";
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final String file;

    @CheckForNull
    private final String version;

    /**
     * Creates the check.
     *
     * @param file the changelog, relative to the workspace
     * @param version the version to look for; empty for the step's release
     */
    public ChangelogCheck(final String file, final Optional<String> version) {
        this.file = file;
        this.version = version.orElse(null);
    }

    static ChangelogCheck read(final ItemFields fields) {
        return new ChangelogCheck(
                fields.optionalString("file").orElse("CHANGELOG.md"), fields.optionalString("version"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        Optional<String> wanted = version == null ? context.release() : Optional.of(context.expand(version));
        if (wanted.isEmpty() || wanted.get().isBlank()) {
            return CheckOutcome.error(
                    "No release version to look for: set the step's 'release' or the item's 'version'");
        }
        Path path = context.workspace().resolve("file", context.expand(file));
        String name = context.workspace().display(path);
        if (!Files.isRegularFile(path)) {
            return CheckOutcome.failed("File not found: " + name);
        }
        List<String> lines;
        try (InputStream input = UntrustedInput.open(path, MAX_BYTES)) {
            lines = Arrays.asList(new String(input.readAllBytes(), StandardCharsets.UTF_8).split("\\R", -1));
        }
        Optional<ChangelogScanner.Entry> entry = ChangelogScanner.find(lines, wanted.get());
        if (entry.isPresent()) {
            ChangelogScanner.Entry found = entry.get();
            Details details = Details.builder()
                    .count("line", found.line())
                    .count("contentLines", found.contentLines())
                    .link(name, name)
                    .build();
            if (found.contentLines() == 0) {
                return CheckOutcome.warning(String.format(
                                "%s line %d: the entry '%s' has no content: list the changes of %s under it",
                                name, found.line(), found.heading(), wanted.get()))
                        .withDetails(details);
            }
            return CheckOutcome.passed(String.format(
                            "%s line %d: '%s' with %d line%s of changes",
                            name,
                            found.line(),
                            found.heading(),
                            found.contentLines(),
                            found.contentLines() == 1 ? "" : "s"))
                    .withDetails(details);
        }
        StringBuilder evidence = new StringBuilder(name + " has no entry for " + wanted.get());
        ChangelogScanner.latest(lines)
                .ifPresentOrElse(
                        latest -> evidence.append(
                                String.format(" (latest entry: '%s' at line %d)", latest.heading(), latest.line())),
                        () -> evidence.append(" (no version headings at all)"));
        if (ChangelogScanner.hasUnreleased(lines)) {
            evidence.append("; are the changes still under '[Unreleased]'?");
        }
        return CheckOutcome.failed(evidence.toString());
    }
}
