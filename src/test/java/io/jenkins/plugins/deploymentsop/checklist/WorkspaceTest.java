package io.jenkins.plugins.deploymentsop.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    private Path root;

    @Test
    void shouldMatchAntStylePatterns() {
        AntPattern any = AntPattern.compile("results", "**/TEST-*.xml");
        assertThat(any.matches("TEST-a.xml")).isTrue();
        assertThat(any.matches("module/target/surefire-reports/TEST-a.xml")).isTrue();
        assertThat(any.matches("TEST-a.xml.bak")).isFalse();
        assertThat(any.base()).isEmpty();

        AntPattern flat = AntPattern.compile("results", "./target/surefire-reports/*.xml");
        assertThat(flat.matches("target/surefire-reports/TEST-a.xml")).isTrue();
        assertThat(flat.matches("target/surefire-reports/old/TEST-a.xml")).isFalse();
        assertThat(flat.base()).isEqualTo("target/surefire-reports/");

        AntPattern braces = AntPattern.compile("reports", "build/{trivy,grype}-?.json");
        assertThat(braces.matches("build/trivy-1.json")).isTrue();
        assertThat(braces.matches("build/grype-2.json")).isTrue();
        assertThat(braces.matches("build/snyk-1.json")).isFalse();
        assertThat(AntPattern.compile("docs", "docs/").matches("docs/a/b.md")).isTrue();
        assertThat(AntPattern.compileAll("reports", List.of("a.xml, {b,c}.xml", "d.xml")))
                .extracting(Object::toString)
                .containsExactly("a.xml", "{b,c}.xml", "d.xml");
    }

    @Test
    void shouldRefusePathsThatLeaveTheWorkspace() {
        for (String path : List.of("../x.xml", "a/../../x.xml", "/etc/passwd", "C:\\reports\\x.xml", "~/x.xml", " ")) {
            assertThatThrownBy(() -> AntPattern.compile("results", path))
                    .as(path)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("'results'");
        }
        Workspace workspace = new Workspace(root);
        assertThatThrownBy(() -> workspace.resolve("file", "../secret.txt"))
                .hasMessage("Invalid value for 'file': '../secret.txt' (allowed: a path relative to the workspace"
                        + " without '..', e.g. **/surefire-reports/*.xml (it must stay inside the workspace))");
        assertThat(workspace.resolve("file", "docs/./runbook.md"))
                .isEqualTo(root.toAbsolutePath().resolve("docs/runbook.md"));
    }

    @Test
    void shouldFindFilesSortedWithoutDescendingIntoGit() throws IOException {
        write("b/target/surefire-reports/TEST-b.xml");
        write("a/target/surefire-reports/TEST-a.xml");
        write(".git/TEST-in-git.xml");
        write("a/target/surefire-reports/notes.txt");
        Workspace workspace = new Workspace(root);

        List<String> found = workspace.find("results", List.of("**/TEST-*.xml")).stream()
                .map(workspace::display)
                .collect(Collectors.toList());

        assertThat(found)
                .containsExactly("a/target/surefire-reports/TEST-a.xml", "b/target/surefire-reports/TEST-b.xml");
        assertThat(workspace.find("results", List.of("missing/**/*.xml"))).isEmpty();
    }

    @Test
    void shouldRefuseLinksLeadingOutOfTheWorkspace() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.writeString(outside.resolve("TEST-secret.xml"), "<testsuite/>");
            Files.createDirectories(root.resolve("reports"));
            Files.createSymbolicLink(root.resolve("reports/TEST-linked.xml"), outside.resolve("TEST-secret.xml"));
            Files.createSymbolicLink(root.resolve("linked-dir"), outside);
            Workspace workspace = new Workspace(root);

            assertThatThrownBy(() -> workspace.find("results", List.of("reports/*.xml")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reports/TEST-linked.xml")
                    .hasMessageContaining("link leading to");
            assertThat(workspace.find("results", List.of("**/TEST-secret.xml")))
                    .as("linked folders are not followed")
                    .isEmpty();
        } finally {
            Files.deleteIfExists(outside.resolve("TEST-secret.xml"));
            Files.deleteIfExists(outside);
        }
    }

    private void write(final String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
