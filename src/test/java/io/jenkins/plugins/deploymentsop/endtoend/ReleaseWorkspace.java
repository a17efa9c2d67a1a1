package io.jenkins.plugins.deploymentsop.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workspace of a release build as CI leaves it before the deployment: test results, a JaCoCo report, a code
 * review score, a vulnerability scan without findings, the changelog, runbook, rollback plan and release notes, and
 * the repository's checklist file, which points the template's health item at production and leaves out the
 * deployment window (the demo runs at any hour).
 */
final class ReleaseWorkspace {
    private static final String JACOCO = "io/jenkins/plugins/deploymentsop/checklist/report/coverage/jacoco.xml";

    private ReleaseWorkspace() {}

    /**
     * Fills a workspace.
     *
     * @param workspace the folder
     * @param version the release
     * @param productionUrl where users reach production
     * @return the workspace
     * @throws IOException if a file cannot be written
     */
    static Path fill(final Path workspace, final String version, final String productionUrl) throws IOException {
        write(
                workspace.resolve("build/test-results/TEST-com.example.shop.CartServiceTest.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<testsuite name=\"com.example.shop.CartServiceTest\" tests=\"3\" failures=\"0\" errors=\"0\""
                        + " skipped=\"0\" time=\"0.31\">",
                "  <testcase name=\"shouldAddItem\" classname=\"com.example.shop.CartServiceTest\" time=\"0.1\"/>",
                "  <testcase name=\"shouldRemoveItem\" classname=\"com.example.shop.CartServiceTest\" time=\"0.1\"/>",
                "  <testcase name=\"shouldCheckOut\" classname=\"com.example.shop.CartServiceTest\" time=\"0.11\"/>",
                "</testsuite>");
        try (InputStream jacoco = ReleaseWorkspace.class.getClassLoader().getResourceAsStream(JACOCO)) {
            if (jacoco == null) {
                throw new IOException(JACOCO + " is not on the class path");
            }
            Path report = workspace.resolve("target/site/jacoco/jacoco.xml");
            Files.createDirectories(report.getParent());
            Files.copy(jacoco, report);
        }
        write(workspace.resolve("review-score.json"), "{\"score\": 94}");
        write(
                workspace.resolve("reports/trivy.sarif"),
                "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"Trivy\"}}, \"results\": []}]}");
        write(
                workspace.resolve("CHANGELOG.md"),
                "# Changelog",
                "",
                "## [" + version + "]",
                "",
                "- Release " + version + " of the shop.");
        write(workspace.resolve("docs/runbook.md"), "# Runbook", "", "Deploy with the release pipeline.");
        write(
                workspace.resolve("docs/rollback-plan.md"),
                "# Rollback",
                "",
                "Traffic goes back to the previous colour.");
        write(workspace.resolve("docs/release-notes/" + version + ".md"), "# " + version, "", "What changed.");
        write(
                workspace.resolve("checklist.yaml"),
                "version: 1",
                "items:",
                "  - id: health",
                "    url: " + productionUrl + "/health",
                "    jsonPointer: /status",
                "    jsonValue: UP",
                "  - id: deployment-window",
                "    enabled: false");
        return workspace;
    }

    private static void write(final Path file, final String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
