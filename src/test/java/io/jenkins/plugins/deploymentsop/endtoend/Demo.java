package io.jenkins.plugins.deploymentsop.endtoend;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenario of {@link SopEndToEndITest} for people: {@code ./mvnw -B -q test-compile exec:java@demo} plays the
 * three releases against real nginx and Prometheus, prints each phase as it happens and writes the report of each
 * build and the job's DORA page to {@code target/demo/} (open {@code index.html}). Without the servers it names the
 * Debian packages to install and exits with status 2.
 */
public final class Demo {
    private static final String STYLESHEET = "src/main/webapp/css/deployment-sop.css";
    private static final int LONGEST_LOG_LINE = 180;

    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args the project folder (default: the working directory) and the output folder (default:
     *     {@code target/demo} in the project folder)
     */
    public static void main(final String[] args) {
        int status = run(args, System.out, System.err, Path.of("/"));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the demo.
     *
     * @param args as for {@link #main}
     * @param out where progress goes
     * @param err where problems go
     * @param root the file system root under which the servers are looked for
     * @return the exit status: 0 done, 1 the scenario failed, 2 a server is missing
     */
    static int run(final String[] args, final PrintStream out, final PrintStream err, final Path root) {
        Path project = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();
        Path output = args.length > 1 ? Path.of(args[1]) : project.resolve("target/demo");
        Optional<String> missing = Prerequisites.message(Prerequisites.missing(root, Prerequisites.SCENARIO));
        if (missing.isPresent()) {
            err.println(missing.get());
            return 2;
        }
        Path work = null;
        try {
            String stylesheet = Files.readString(project.resolve(STYLESHEET), StandardCharsets.UTF_8);
            work = Files.createTempDirectory("deployment-sop-demo");
            List<String> transcript = new ArrayList<>();
            Instant start = Instant.now();
            out.println("Deployment SOP demo: three releases of 'shop' through the five steps, on real servers");
            ScenarioResult result = ThreeReleases.play(work, new Printed(out, transcript, start));
            Path index = DemoPages.write(output, result, transcript, stylesheet);
            out.println();
            result.builds()
                    .forEach(build -> out.println(
                            "  #" + build.number() + " " + build.record().getVersion() + ": "
                                    + build.record().getOutcome() + " — "
                                    + output.resolve(DemoPages.reportFile(build.number()))));
            out.println("  DORA metrics — " + output.resolve(DemoPages.DORA));
            out.println("Open " + index.toUri() + " in a browser.");
            return 0;
        } catch (Exception exception) {
            err.println("The demo failed: " + exception);
            exception.printStackTrace(err);
            return 1;
        } finally {
            delete(work);
        }
    }

    private static void delete(final Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException exception) {
            System.err.println("Cannot delete " + dir + ": " + exception.getMessage());
        }
    }

    /** Prints each phase with the time since the start, and the steps' log lines indented below it. */
    private static final class Printed implements Progress {
        private final PrintStream out;
        private final List<String> transcript;
        private final Instant start;

        Printed(final PrintStream out, final List<String> transcript, final Instant start) {
            this.out = out;
            this.transcript = transcript;
            this.start = start;
        }

        @Override
        public synchronized void phase(final String text) {
            Duration since = Duration.between(start, Instant.now());
            String line = String.format("[%3d s] %s", since.toSeconds(), text);
            transcript.add(line);
            out.println(line);
        }

        @Override
        public synchronized void log(final int build, final String line) {
            String shown = line.length() > LONGEST_LOG_LINE ? line.substring(0, LONGEST_LOG_LINE) + "…" : line;
            out.println("          #" + build + " │ " + shown);
        }
    }
}
