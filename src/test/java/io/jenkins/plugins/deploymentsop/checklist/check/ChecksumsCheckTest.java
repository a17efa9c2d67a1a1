package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Artifact integrity against a sha256sum file, on a real workspace folder. */
class ChecksumsCheckTest {
    @TempDir
    private Path workspace;

    @TempDir
    private Path outside;

    @BeforeEach
    void buildArtifacts() throws IOException {
        write("build/shop.jar", "the shop");
        write("build/shop-api.jar", "the api");
        write("build/notes.txt", "not an artifact");
    }

    private Path write(final String name, final String content) throws IOException {
        Path file = workspace.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String sha256(final String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }

    private CheckOutcome evaluate(final String fields) {
        return check("type: checksums\n" + fields).evaluate(context(workspace).build());
    }

    @Test
    void shouldPassWhenEveryListedFileMatchesAndEveryArtifactIsListed() throws IOException {
        write(
                "SHA256SUMS",
                "# written by the build\n" + sha256("the shop") + "  build/shop.jar\n"
                        + sha256("the api").toUpperCase(java.util.Locale.ROOT) + " *build/shop-api.jar\n\n");

        CheckOutcome outcome = evaluate("artifacts: 'build/*.jar'");

        assertThat(outcome.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(outcome.evidence()).isEqualTo("2 files match SHA256SUMS; every artifact of 'build/*.jar' is listed");
        assertThat(outcome.details().counts())
                .containsEntry("listed", 2L)
                .containsEntry("verified", 2L)
                .containsEntry("unlisted", 0L);
    }

    @Test
    void shouldReadNamesRelativeToTheChecksumFileAndTheTagFormat() throws IOException {
        write("build/checksums.txt", "SHA256 (shop.jar) = " + sha256("the shop") + "\n");

        CheckOutcome outcome = evaluate("file: build/checksums.txt");

        assertThat(outcome).hasToString("PASSED: 1 file matches build/checksums.txt");
    }

    @Test
    void shouldNameEveryMismatchMissingAndUnlistedFile() throws IOException {
        write("build/shop.jar", "the shop, tampered with");
        write("SHA256SUMS", sha256("the shop") + "  build/shop.jar\n" + sha256("gone") + "  build/gone.jar\n");

        CheckOutcome outcome = evaluate("artifacts: ['build/*.jar']");

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .startsWith("2 of 2 listed files do not match SHA256SUMS; checksum differs: build/shop.jar (sha256 "
                        + sha256("the shop, tampered with").substring(0, 12) + "…, SHA256SUMS line 1 says "
                        + sha256("the shop").substring(0, 12) + "…)")
                .contains("; missing: build/gone.jar")
                .endsWith("; not listed in SHA256SUMS: build/shop-api.jar");
        assertThat(outcome.details().topFailures())
                .containsExactly(
                        "checksum differs: build/shop.jar (sha256 "
                                + sha256("the shop, tampered with").substring(0, 12) + "…, SHA256SUMS line 1 says "
                                + sha256("the shop").substring(0, 12) + "…)",
                        "missing: build/gone.jar",
                        "not listed: build/shop-api.jar");
    }

    @Test
    void shouldRefuseNamesThatLeaveTheWorkspace() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        write("SHA256SUMS", sha256("secret") + "  ../" + outside.getFileName() + "/secret.txt\n");
        assertThat(evaluate("file: SHA256SUMS"))
                .hasToString("ERROR: SHA256SUMS line 1 lists '../" + outside.getFileName()
                        + "/secret.txt', which is not a file inside the workspace: names are relative to the folder"
                        + " of the checksum file, without '..'");

        write("SHA256SUMS", sha256("secret") + "  " + secret + "\n");
        assertThat(evaluate("").status()).isEqualTo(ItemStatus.ERROR);

        Files.createSymbolicLink(workspace.resolve("build/link.jar"), secret);
        write("SHA256SUMS", sha256("secret") + "  build/link.jar\n");
        assertThat(evaluate("").evidence()).contains("SHA256SUMS line 1").contains("a link leading to");
    }

    @Test
    void shouldReportAMalformedOrEmptyChecksumFileAsAnError() throws IOException {
        write("SHA256SUMS", sha256("the shop") + "  build/shop.jar\nd41d8cd98f00b204e9800998ecf8427e  old.md5\n");
        assertThat(evaluate("").evidence())
                .isEqualTo("SHA256SUMS line 2 is not a SHA-256 checksum line (expected '<64 hex digits>  <file>' as"
                        + " sha256sum writes it): 'd41d8cd98f00b204e9800998ecf8427e  old.md5'");

        write("SHA256SUMS", "# nothing\n\n");
        assertThat(evaluate("")).hasToString("ERROR: SHA256SUMS lists no file");

        assertThat(evaluate("file: missing/SHA256SUMS"))
                .hasToString("ERROR: Checksum file not found: missing/SHA256SUMS");
        write("SHA256SUMS", sha256("the shop") + "  build/shop.jar\n");
        assertThat(evaluate("artifacts: 'dist/*.war'"))
                .hasToString("ERROR: No file matches artifacts 'dist/*.war' in the workspace");
    }

    @Test
    void shouldUnescapeNamesAsSha256sumEscapesThem() throws IOException {
        write("build/odd\nname.jar", "odd");
        write("SHA256SUMS", "\\" + sha256("odd") + "  build/odd\\nname.jar\n");

        assertThat(evaluate("").status()).isEqualTo(ItemStatus.PASSED);

        write("SHA256SUMS", "\\" + sha256("odd") + "  build/odd\\qname.jar\n");
        assertThat(evaluate("").evidence()).isEqualTo("SHA256SUMS line 1: the file name has an unknown escape '\\q'");
    }

    @Test
    void shouldExpandThePlaceholdersOfTheFileName() throws IOException {
        write("release/1.4.0/shop.jar", "the shop");
        write("release/1.4.0/SHA256SUMS", sha256("the shop") + "  shop.jar\n");

        assertThat(evaluate("file: 'release/${release}/SHA256SUMS'"))
                .hasToString("PASSED: 1 file matches release/1.4.0/SHA256SUMS");
    }
}
