package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.rollback.RuleFileReader;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules file is read inside the workspace only, links included, and never beyond its size limit. */
class WorkspaceRulesFileTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadAFileOfTheWorkspace() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.createDirectories(workspace.resolve("deploy"));
        Files.writeString(workspace.resolve("deploy/rollback-rules.yaml"), "rules: []\n", StandardCharsets.UTF_8);

        assertThat(WorkspaceRulesFile.readConfined(workspace, "deploy/rollback-rules.yaml"))
                .isEqualTo("rules: []\n");
    }

    @Test
    void shouldRefuseLinksOutOfTheWorkspaceMissingFilesAndLargeOnes() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Path secret = Files.writeString(dir.resolve("credentials.xml"), "<secret/>", StandardCharsets.UTF_8);
        Files.createSymbolicLink(workspace.resolve("rules.yaml"), secret);
        assertThatThrownBy(() -> WorkspaceRulesFile.readConfined(workspace, "rules.yaml"))
                .hasMessage(
                        "Invalid value for 'rulesFile': 'rules.yaml' (allowed: a regular file inside the workspace)");

        assertThatThrownBy(() -> WorkspaceRulesFile.readConfined(workspace, "missing.yaml"))
                .hasMessageStartingWith("Invalid value for 'rulesFile': 'missing.yaml' (allowed: a rules file that"
                        + " exists in the workspace");

        Files.write(workspace.resolve("big.yaml"), new byte[(int) RuleFileReader.MAX_BYTES + 1]);
        assertThatThrownBy(() -> WorkspaceRulesFile.readConfined(workspace, "big.yaml"))
                .isInstanceOf(UntrustedInput.FileTooLargeException.class);
    }
}
