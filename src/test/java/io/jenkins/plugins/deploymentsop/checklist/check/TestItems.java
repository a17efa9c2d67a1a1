package io.jenkins.plugins.deploymentsop.checklist.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.Check;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistBuilder;
import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds checks from the YAML a user would write, and contexts around a temporary workspace. */
final class TestItems {
    static final Instant NOW = Instant.parse("2026-03-03T10:15:00Z");

    private TestItems() {}

    /**
     * Reads one item, given as the YAML lines after {@code - id: item}.
     *
     * @param fields e.g. {@code "type: tests\nresults: '**}{@code /*.xml'"}
     * @return the item's check, which must be valid
     */
    static Check check(final String fields) {
        Checklist checklist = checklist(fields);
        assertThat(checklist.problems()).isEmpty();
        return checklist.items().get(0).check();
    }

    /**
     * Reads one item and returns its configuration problem.
     *
     * @param fields the item's fields
     * @return the problem message
     */
    static String problem(final String fields) {
        Checklist checklist = checklist(fields);
        assertThat(checklist.problems()).hasSize(1);
        return checklist.problems().get(0);
    }

    private static Checklist checklist(final String fields) {
        String yaml = "version: 1\nitems:\n  - id: item\n" + fields.indent(4);
        return ChecklistBuilder.create()
                .add(ChecklistFileReader.parse(yaml, "checklist.yaml"))
                .build();
    }

    static CheckContext.Builder context(final Path workspace) {
        return CheckContext.builder(workspace)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .release("1.4.0")
                .environment("production")
                .sleeper(duration -> {});
    }

    /**
     * Copies a report fixture into the workspace.
     *
     * @param workspace the workspace
     * @param fixture the path under {@code checklist/report/}
     * @param target the path in the workspace
     * @return the copied file
     */
    static Path copy(final Path workspace, final String fixture, final String target) throws IOException {
        Path file = workspace.resolve(target);
        Files.createDirectories(file.getParent());
        try (InputStream input = TestItems.class.getResourceAsStream("../report/" + fixture)) {
            if (input == null) {
                throw new IOException("No fixture " + fixture);
            }
            Files.copy(input, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
