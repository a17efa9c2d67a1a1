package io.jenkins.plugins.deploymentsop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's check for the servers it needs, on a fake file system root: no server is started here. */
class DemoTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private void install(final String location, final boolean executable) throws IOException {
        Path file = root.resolve(location.substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private int runDemo() {
        return Demo.run(
                new String[] {root.toString(), root.resolve("demo").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                root);
    }

    @Test
    void shouldNameTheMissingDebianPackagesAndStopBeforeStartingAnything() throws IOException {
        install("/usr/sbin/nginx", true);

        int status = runDemo();

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("/usr/lib/nginx/modules/ngx_http_js_module.so (nginx's JavaScript module, which the router's"
                        + " dynamic mode uses, Debian package libnginx-mod-http-js)")
                .contains("/usr/bin/prometheus (the Prometheus server, Debian package prometheus)")
                .contains("Install the missing Debian packages and run it again:")
                .endsWith("  sudo apt-get install -y libnginx-mod-http-js prometheus" + System.lineSeparator())
                .doesNotContain("/usr/sbin/nginx");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(root.resolve("demo")).doesNotExist();
    }

    @Test
    void shouldNameEveryPackageOnAMachineWithoutAnyOfThem() {
        assertThat(runDemo()).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("sudo apt-get install -y nginx libnginx-mod-http-js prometheus");
    }

    @Test
    void shouldTakeAServerThatCannotBeExecutedForMissing() throws IOException {
        install("/usr/sbin/nginx", true);
        install("/usr/lib/nginx/modules/ngx_http_js_module.so", false);
        install("/usr/bin/prometheus", false);

        assertThat(Prerequisites.missing(root, Prerequisites.SCENARIO))
                .extracting(Prerequisites.Requirement::debianPackage)
                .containsExactly("prometheus");
        assertThat(Prerequisites.message(Prerequisites.missing(root, Prerequisites.SCENARIO)))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("Install the missing Debian package and run it again:")
                        .endsWith("sudo apt-get install -y prometheus"));
    }

    @Test
    void shouldFindNothingMissingWhereEveryServerIsInstalled() throws IOException {
        install("/usr/sbin/nginx", true);
        install("/usr/lib/nginx/modules/ngx_http_js_module.so", false);
        install("/usr/bin/prometheus", true);

        assertThat(Prerequisites.missing(root, Prerequisites.SCENARIO)).isEmpty();
        assertThat(Prerequisites.message(Prerequisites.missing(root, Prerequisites.SCENARIO)))
                .isEmpty();
    }
}
