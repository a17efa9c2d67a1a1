package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.AntPattern;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Runbook, rollback plan, release notes exist": each required file exists and is not empty (blank counts as
 * empty). An entry with wildcards needs at least one non-empty match; {@code ${release}} and
 * {@code ${environment}} are replaced.
 */
public final class DocumentsCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "documents";
    private static final int BLANK_PROBE = 64 * 1024;

    private final ArrayList<String> files;

    /**
     * Creates the check.
     *
     * @param files the required files or patterns
     */
    public DocumentsCheck(final List<String> files) {
        this.files = new ArrayList<>(files);
    }

    static DocumentsCheck read(final ItemFields fields) {
        List<String> files = fields.strings("files");
        if (files.isEmpty()) {
            throw fields.missing("files", "the required documents, e.g. [docs/runbook.md, docs/rollback-plan.md]");
        }
        return new DocumentsCheck(files);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        Details.Builder details = Details.builder();
        for (String entry : files) {
            String expanded = context.expand(entry);
            List<Path> candidates = AntPattern.isPattern(expanded)
                    ? context.workspace().find("files", List.of(expanded))
                    : List.of(context.workspace().resolve("files", expanded));
            Path usable = null;
            boolean exists = false;
            for (Path candidate : candidates) {
                if (Files.isRegularFile(candidate)) {
                    exists = true;
                    if (!isBlank(candidate)) {
                        usable = candidate;
                        break;
                    }
                }
            }
            if (usable != null) {
                String name = context.workspace().display(usable);
                present.add(name + " (" + size(Files.size(usable)) + ")");
                details.link(name, name);
            } else if (exists) {
                empty.add(expanded);
            } else {
                missing.add(expanded);
            }
        }
        details.count("present", present.size())
                .count("missing", missing.size())
                .count("empty", empty.size());
        if (missing.isEmpty() && empty.isEmpty()) {
            return CheckOutcome.passed(String.format(
                            "%d of %d documents present: %s", present.size(), files.size(), String.join(", ", present)))
                    .withDetails(details.build());
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing: " + String.join(", ", missing));
        }
        if (!empty.isEmpty()) {
            problems.add("empty: " + String.join(", ", empty));
        }
        return CheckOutcome.failed(String.format(
                        "%d of %d documents not usable; %s",
                        missing.size() + empty.size(), files.size(), String.join("; ", problems)))
                .withDetails(details.failures(problems).build());
    }

    private static boolean isBlank(final Path file) throws IOException {
        if (Files.size(file) > BLANK_PROBE) {
            return false;
        }
        try (InputStream input = Files.newInputStream(file)) {
            for (byte value : input.readNBytes(BLANK_PROBE)) {
                if (!Character.isWhitespace(value)
                        && value != (byte) 0xEF
                        && value != (byte) 0xBB
                        && value != (byte) 0xBF) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String size(final long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
