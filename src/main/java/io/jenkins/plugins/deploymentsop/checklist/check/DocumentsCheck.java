package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.AntPattern;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Runbook, rollback plan, release notes exist": each required file exists and is not empty (blank counts as
 * empty). An entry with wildcards needs at least one non-empty match; {@code ${release}} and
 * {@code ${environment}} are replaced. "Reviewed and updated" (SOP 000, 001, 004) is asked of git: with
 * {@code changedSince} each document must differ from its state at that revision (the last release's tag), with
 * {@code changedWithin} a commit must have touched it within that time.
 */
public final class DocumentsCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "documents";
    private static final int BLANK_PROBE = 64 * 1024;

    /** Most files of one pattern asked of git, which runs once or twice per file. */
    static final int MAX_CANDIDATES = 50;

    private final ArrayList<String> files;

    @CheckForNull
    private final String changedSince;

    @CheckForNull
    private final TimeSpan changedWithin;

    /**
     * Creates the check.
     *
     * @param files the required files or patterns
     */
    public DocumentsCheck(final List<String> files) {
        this(files, Optional.empty(), Optional.empty());
    }

    /**
     * Creates the check with the freshness git must confirm.
     *
     * @param files the required files or patterns
     * @param changedSince a revision each document must have changed since, e.g. {@code v1.3.0}
     * @param changedWithin how recently a commit must have touched each document, e.g. 90 days
     */
    public DocumentsCheck(
            final List<String> files, final Optional<String> changedSince, final Optional<TimeSpan> changedWithin) {
        this.files = new ArrayList<>(files);
        this.changedSince = changedSince
                .map(revision -> DocumentHistory.revision("changedSince", revision))
                .orElse(null);
        this.changedWithin = changedWithin.orElse(null);
    }

    static DocumentsCheck read(final ItemFields fields) {
        List<String> files = fields.strings("files");
        if (files.isEmpty()) {
            throw fields.missing("files", "the required documents, e.g. [docs/runbook.md, docs/rollback-plan.md]");
        }
        return new DocumentsCheck(
                files,
                fields.parsed("changedSince", DocumentHistory::revision),
                fields.parsed("changedWithin", DocumentsCheck::age));
    }

    /**
     * Checks a revision for {@code changedSince}, e.g. the last release's tag.
     *
     * @param parameter the parameter
     * @param text e.g. {@code v1.3.0}
     * @return the revision, trimmed
     * @throws InvalidInputException if it is not a plain git revision
     */
    public static String checkRevision(final String parameter, final String text) {
        return DocumentHistory.revision(parameter, text);
    }

    private static TimeSpan age(final String parameter, final String text) {
        TimeSpan span = TimeSpan.valueOf(parameter, text);
        if (span.isZero()) {
            throw new InvalidInputException(parameter, text, "a time above 0, e.g. 90d");
        }
        return span;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        List<String> present = new ArrayList<>();
        List<List<String>> usableNames = new ArrayList<>(); // per entry, its non-empty files: any may be the update
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
            List<String> nonEmpty = new ArrayList<>();
            for (Path candidate : candidates) {
                if (Files.isRegularFile(candidate)) {
                    exists = true;
                    if (!isBlank(candidate)) {
                        usable = usable == null ? candidate : usable;
                        nonEmpty.add(context.workspace().display(candidate));
                        if (!asksGit() || nonEmpty.size() == MAX_CANDIDATES) {
                            break;
                        }
                    }
                }
            }
            if (usable != null) {
                String name = context.workspace().display(usable);
                usableNames.add(nonEmpty);
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
            String found = String.format(
                    "%d of %d documents present: %s", present.size(), files.size(), String.join(", ", present));
            return !asksGit()
                    ? CheckOutcome.passed(found).withDetails(details.build())
                    : freshness(context, usableNames, found, details);
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

    private boolean asksGit() {
        return changedSince != null || changedWithin != null;
    }

    // every document present: git says whether each was updated as asked; for a pattern, any of its files may be
    private CheckOutcome freshness(
            final CheckContext context,
            final List<List<String>> entries,
            final String found,
            final Details.Builder details) {
        DocumentHistory history = new DocumentHistory(context.commandRunner());
        Instant now = context.clock().instant();
        List<String> updated = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        try {
            for (List<String> candidates : entries) {
                Optional<String> firstProblem = Optional.empty();
                Optional<String> fresh = Optional.empty();
                for (String name : candidates) {
                    Optional<String> problem = staleness(history, name, now);
                    if (problem.isEmpty()) {
                        fresh = Optional.of(name);
                        break;
                    }
                    firstProblem = firstProblem.or(() -> Optional.of(name + " " + problem.get()));
                }
                if (fresh.isPresent()) {
                    updated.add(fresh.get());
                } else {
                    stale.add(firstProblem.orElseThrow()
                            + (candidates.size() > 1
                                    ? " (nor any other of its " + candidates.size() + " matches)"
                                    : ""));
                }
            }
        } catch (DocumentHistory.GitException exception) {
            return CheckOutcome.error(found + "; cannot tell whether they were updated: " + exception.getMessage())
                    .withDetails(details.build());
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            return CheckOutcome.error(found + "; interrupted while asking git whether they were updated")
                    .withDetails(details.build());
        }
        details.count("updated", updated.size()).count("notUpdated", stale.size());
        if (stale.isEmpty()) {
            return CheckOutcome.passed(found + "; all updated " + requirement()).withDetails(details.build());
        }
        return CheckOutcome.failed(String.format(
                        "%d of %d documents not updated %s: %s",
                        stale.size(), entries.size(), requirement(), String.join("; ", stale)))
                .withDetails(details.failures(stale).build());
    }

    private Optional<String> staleness(final DocumentHistory history, final String name, final Instant now)
            throws DocumentHistory.GitException, InterruptedException {
        String since = changedSince;
        if (since != null && !history.changedSince(since, name)) {
            return Optional.of("is unchanged since " + since);
        }
        TimeSpan within = changedWithin;
        if (within != null) {
            Optional<Instant> last = history.lastCommit(name);
            if (last.isEmpty()) {
                return Optional.of("has no commit");
            }
            if (last.get().isBefore(now.minus(within.toDuration()))) {
                return Optional.of("was last committed " + last.get() + ", "
                        + Duration.between(last.get(), now).toDays() + " days ago");
            }
        }
        return Optional.empty();
    }

    private String requirement() {
        List<String> parts = new ArrayList<>();
        if (changedSince != null) {
            parts.add("since " + changedSince);
        }
        if (changedWithin != null) {
            parts.add("within " + changedWithin);
        }
        return String.join(" and ", parts);
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
