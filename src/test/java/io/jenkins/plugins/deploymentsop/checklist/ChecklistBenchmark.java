package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistBuilder;
import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistFileReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Evaluates a checklist over 50,000 JUnit test cases in 500 Surefire files plus a 20 MB JaCoCo report, all
 * generated into a temporary folder. Prints the median and spread of the evaluation time and the peak heap used
 * during one evaluation. Run it on one core with a 256 MB heap, as the issue asks:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -XX:ActiveProcessorCount=1 -Xmx256m -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.jenkins.plugins.deploymentsop.checklist.ChecklistBenchmark
 * </pre>
 */
public final class ChecklistBenchmark {
    private static final int FILES = 500;
    private static final int CASES_PER_FILE = 100;
    private static final long JACOCO_BYTES = 20L * 1024 * 1024;
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    private ChecklistBenchmark() {}

    public static void main(final String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("checklist-benchmark");
        try {
            writeJUnitReports(workspace.resolve("target/surefire-reports"));
            long jacocoSize = writeJacocoReport(workspace.resolve("target/site/jacoco/jacoco.xml"));
            Checklist checklist = ChecklistBuilder.create()
                    .add(ChecklistFileReader.parse(
                            "version: 1\nitems:\n"
                                    + "  - {id: tests, type: tests, results: 'target/surefire-reports/TEST-*.xml',"
                                    + " minimumPassRate: 99}\n"
                                    + "  - {id: coverage, type: coverage, reports: '**/jacoco.xml', minimum: 80,"
                                    + " minimumBranch: 60}\n",
                            "benchmark.yaml"))
                    .build();
            CheckContext context = CheckContext.builder(workspace).build();
            ChecklistEvaluator evaluator = new ChecklistEvaluator();

            ChecklistResult result = null;
            for (int i = 0; i < WARM_UP; i++) {
                result = evaluator.evaluate(checklist, context);
            }
            long[] nanos = new long[RUNS];
            long peak = 0;
            for (int i = 0; i < RUNS; i++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                result = evaluator.evaluate(checklist, context);
                nanos[i] = System.nanoTime() - start;
                peak = Math.max(peak, peakHeap());
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "Workspace: %d JUnit files with %,d test cases, JaCoCo report of %.1f MB%n",
                    FILES,
                    FILES * CASES_PER_FILE,
                    jacocoSize / (1024.0 * 1024.0));
            System.out.printf(
                    Locale.ROOT,
                    "Java %s, %d processor(s), max heap %d MB%n",
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf(
                    Locale.ROOT,
                    "Evaluation over %d runs: median %d ms, min %d ms, max %d ms; peak heap used %d MB%n",
                    RUNS,
                    nanos[RUNS / 2] / 1_000_000,
                    nanos[0] / 1_000_000,
                    nanos[RUNS - 1] / 1_000_000,
                    peak / (1024 * 1024));
            result.items().forEach(item -> System.out.println("  " + item));
        } finally {
            try (Stream<Path> files = Files.walk(workspace)) {
                files.sorted(Comparator.reverseOrder()).forEach(ChecklistBenchmark::delete);
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Surefire-shaped reports: 100 cases each, one failure every 1,000 cases and a few skipped and flaky tests. */
    private static void writeJUnitReports(final Path folder) throws IOException {
        Files.createDirectories(folder);
        int number = 0;
        for (int file = 0; file < FILES; file++) {
            String suite = "com.example.module" + file / 50 + ".Feature" + file + "Test";
            try (Writer out =
                    Files.newBufferedWriter(folder.resolve("TEST-" + suite + ".xml"), StandardCharsets.UTF_8)) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"http://www.w3.org/2001/"
                        + "XMLSchema-instance\" version=\"3.0.2\" name=\"" + suite + "\" time=\"1.234\" tests=\""
                        + CASES_PER_FILE + "\" errors=\"0\" skipped=\"1\" failures=\"0\">\n  <properties>\n"
                        + "    <property name=\"java.version\" value=\"17.0.15\"/>\n"
                        + "    <property name=\"user.dir\" value=\"/home/jenkins/agent/workspace/shop\"/>\n"
                        + "  </properties>\n");
                for (int test = 0; test < CASES_PER_FILE; test++, number++) {
                    out.write("  <testcase name=\"shouldHandleCase" + test + "\" classname=\"" + suite
                            + "\" time=\"0.012\"");
                    if (number % 1000 == 999) {
                        out.write(">\n    <failure message=\"expected: &lt;" + test
                                + "&gt; but was: &lt;0&gt;\" type=\""
                                + "org.opentest4j.AssertionFailedError\"><![CDATA[org.opentest4j.AssertionFailedError:"
                                + " expected\n\tat " + suite + ".shouldHandleCase" + test + "(Feature.java:42)\n]]>"
                                + "</failure>\n    <system-out><![CDATA[log line\n]]></system-out>\n  </testcase>\n");
                    } else if (test == 50) {
                        out.write(">\n    <skipped message=\"disabled on CI\"/>\n  </testcase>\n");
                    } else if (number % 997 == 0) {
                        out.write(
                                ">\n    <flakyFailure message=\"timeout\" type=\"java.util.concurrent.TimeoutException\">"
                                        + "\n      <stackTrace>java.util.concurrent.TimeoutException</stackTrace>\n"
                                        + "    </flakyFailure>\n  </testcase>\n");
                    } else {
                        out.write("/>\n");
                    }
                }
                out.write("</testsuite>\n");
            }
        }
    }

    /** A JaCoCo report of packages, classes, methods and source lines, grown until it reaches 20 MB. */
    private static long writeJacocoReport(final Path file) throws IOException {
        Files.createDirectories(file.getParent());
        long lineCovered = 0;
        long lineMissed = 0;
        long branchCovered = 0;
        long branchMissed = 0;
        List<String> counters = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><!DOCTYPE report PUBLIC"
                    + " \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\"><report name=\"shop\"><sessioninfo"
                    + " id=\"agent-1\" start=\"1709370843123\" dump=\"1709370851456\"/>");
            long written = 300;
            for (int pkg = 0; written < JACOCO_BYTES; pkg++) {
                StringBuilder text = new StringBuilder("<package name=\"com/example/p" + pkg + "\">");
                for (int type = 0; type < 20; type++) {
                    String name = "com/example/p" + pkg + "/Type" + type;
                    text.append("<class name=\"")
                            .append(name)
                            .append("\" sourcefilename=\"Type")
                            .append(type)
                            .append(".java\">");
                    for (int method = 0; method < 8; method++) {
                        int missed = (pkg + type + method) % 4;
                        text.append("<method name=\"method")
                                .append(method)
                                .append("\" desc=\"(Ljava/lang/String;)V\"")
                                .append(" line=\"")
                                .append(10 + method * 6)
                                .append("\">")
                                .append("<counter type=\"INSTRUCTION\" missed=\"")
                                .append(missed * 3)
                                .append("\" covered=\"20\"/><counter type=\"BRANCH\" missed=\"")
                                .append(missed % 2)
                                .append("\" covered=\"3\"/><counter type=\"LINE\" missed=\"")
                                .append(missed)
                                .append("\" covered=\"5\"/><counter type=\"COMPLEXITY\" missed=\"0\" covered=\"2\"/>")
                                .append("<counter type=\"METHOD\" missed=\"0\" covered=\"1\"/></method>");
                        lineMissed += missed;
                        lineCovered += 5;
                        branchMissed += missed % 2;
                        branchCovered += 3;
                    }
                    text.append("</class><sourcefile name=\"Type").append(type).append(".java\">");
                    for (int line = 10; line < 58; line++) {
                        text.append("<line nr=\"").append(line).append("\" mi=\"0\" ci=\"4\" mb=\"0\" cb=\"1\"/>");
                    }
                    text.append("</sourcefile>");
                }
                text.append("</package>");
                out.write(text.toString());
                written += text.length();
            }
            counters.add(
                    "<counter type=\"BRANCH\" missed=\"" + branchMissed + "\" covered=\"" + branchCovered + "\"/>");
            counters.add("<counter type=\"LINE\" missed=\"" + lineMissed + "\" covered=\"" + lineCovered + "\"/>");
            out.write("<counter type=\"INSTRUCTION\" missed=\"1\" covered=\"9\"/>" + String.join("", counters)
                    + "</report>");
        }
        return Files.size(file);
    }

    private static void delete(final Path path) {
        try {
            Files.delete(path);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
