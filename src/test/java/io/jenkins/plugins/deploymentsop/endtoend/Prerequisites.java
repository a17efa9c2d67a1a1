package io.jenkins.plugins.deploymentsop.endtoend;

import io.jenkins.plugins.deploymentsop.metrics.PrometheusProcess;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The servers the scenario starts, where Debian installs them, and the package that does: the demo checks them first
 * and names the packages to install instead of failing halfway.
 */
final class Prerequisites {
    /** What the scenario runs. */
    static final List<Requirement> SCENARIO = List.of(
            new Requirement(Path.of(NginxServer.NGINX), "nginx", "the nginx server", true),
            new Requirement(
                    Path.of(NginxServer.NJS_MODULE),
                    "libnginx-mod-http-js",
                    "nginx's JavaScript module, which the router's dynamic mode uses",
                    false),
            new Requirement(PrometheusProcess.BINARY, "prometheus", "the Prometheus server", true));

    private Prerequisites() {}

    /**
     * A file the scenario needs.
     *
     * @param location where Debian's package puts it
     * @param debianPackage the package
     * @param what what it is, in words
     * @param executable whether it must be executable
     */
    record Requirement(Path location, String debianPackage, String what, boolean executable) {
        boolean isMetUnder(final Path root) {
            Path under =
                    location.getRoot() == null ? location : location.getRoot().relativize(location);
            Path file = root.resolve(under.toString());
            return executable ? Files.isExecutable(file) : Files.isRegularFile(file);
        }
    }

    /**
     * Lists what is missing.
     *
     * @param root the file system root the locations are under: {@code /}, or a folder in tests
     * @param requirements what is needed
     * @return the requirements not met, in order
     */
    static List<Requirement> missing(final Path root, final List<Requirement> requirements) {
        return requirements.stream()
                .filter(requirement -> !requirement.isMetUnder(root))
                .toList();
    }

    /**
     * Explains what to install.
     *
     * @param missing what is missing
     * @return the message, empty if nothing is missing
     */
    static Optional<String> message(final List<Requirement> missing) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Set<String> packages =
                missing.stream().map(Requirement::debianPackage).collect(Collectors.toCollection(LinkedHashSet::new));
        String files = missing.stream()
                .map(requirement -> "  " + requirement.location() + " (" + requirement.what() + ", Debian package "
                        + requirement.debianPackage() + ")")
                .collect(Collectors.joining("\n"));
        return Optional.of("The demo runs real servers on loopback and cannot find:\n" + files + "\n"
                + "Install the missing Debian package" + (packages.size() == 1 ? "" : "s") + " and run it again:\n"
                + "  sudo apt-get install -y " + String.join(" ", packages));
    }
}
