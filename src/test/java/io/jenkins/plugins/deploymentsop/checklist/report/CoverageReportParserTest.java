package io.jenkins.plugins.deploymentsop.checklist.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageReportParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, format, covered lines, lines, covered branches, branches (0 = no data)
        "jacoco.xml, JaCoCo, 169, 200, 46, 60",
        "jacoco-no-branches.xml, JaCoCo, 4, 5, 0, 0",
        "jacoco-empty.xml, JaCoCo, 0, 0, 0, 0",
        "cobertura.xml, Cobertura, 40, 50, 4, 8",
        "cobertura-1.9.xml, Cobertura, 2, 3, 1, 2",
        "coverage-py.xml, Cobertura, 99, 120, 0, 0",
        "cobertura-nan.xml, Cobertura, 0, 0, 0, 0",
        "lcov.info, LCOV, 6, 8, 2, 4",
        "lcov-no-summary.info, LCOV, 3, 4, 0, 0",
        "lcov-duplicates.info, LCOV, 2, 3, 0, 0"
    })
    void shouldReadTheTotalsOfEveryFormat(
            final String file,
            final String format,
            final long coveredLines,
            final long lines,
            final long coveredBranches,
            final long branches)
            throws Exception {
        CoverageSummary summary = CoverageReportParser.parse(Fixtures.path("coverage/" + file), file);

        assertThat(summary.formats()).containsExactly(format);
        assertThat(summary.line()).isEqualTo(new CoverageCounter(coveredLines, lines));
        assertThat(summary.branch()).isEqualTo(new CoverageCounter(coveredBranches, branches));
    }

    @Test
    void shouldTreatMissingCountersAsNoDataRatherThanZeroPercent() throws Exception {
        CoverageSummary empty = CoverageReportParser.parse(Fixtures.path("coverage/jacoco-empty.xml"), "jacoco.xml");
        CoverageSummary nan = CoverageReportParser.parse(Fixtures.path("coverage/cobertura-nan.xml"), "cobertura.xml");

        assertThat(empty.line().hasData()).isFalse();
        assertThat(empty.line().percentage()).isNaN();
        assertThat(nan.branch().hasData()).isFalse();
    }

    @Test
    void shouldSumReportsOfSeveralModules() throws Exception {
        CoverageSummary sum = CoverageReportParser.parse(Fixtures.path("coverage/jacoco.xml"), "a")
                .plus(CoverageReportParser.parse(Fixtures.path("coverage/lcov.info"), "b"));

        assertThat(sum.line()).isEqualTo(new CoverageCounter(175, 208));
        assertThat(sum.formats()).containsExactly("JaCoCo", "LCOV");
        assertThat(new CoverageCounter(7999, 10000).percentage()).isLessThan(80);
    }

    @Test
    void shouldRefuseUnsupportedAndMalformedReportsNamingTheFile(@TempDir final Path folder) throws Exception {
        assertThatThrownBy(() -> CoverageReportParser.parse(Fixtures.path("coverage/clover.xml"), "clover.xml"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("clover.xml line 2")
                .hasMessageContaining("Clover XML is not supported");
        assertThatThrownBy(() -> CoverageReportParser.parse(Fixtures.path("coverage/lcov-malformed.info"), "lcov.info"))
                .hasMessage("lcov.info line 3: 'one' in a DA record is not a count");
        Path truncated =
                Files.writeString(folder.resolve("jacoco.xml"), "<?xml version='1.0'?><report name='x'><counter");
        assertThatThrownBy(() -> CoverageReportParser.parse(truncated, "target/site/jacoco/jacoco.xml"))
                .hasMessageStartingWith("target/site/jacoco/jacoco.xml line 1, column ")
                .hasMessageContaining("not well-formed XML");
        Path junit = Files.writeString(folder.resolve("junit.xml"), "<testsuite name='x'/>");
        assertThatThrownBy(() -> CoverageReportParser.parse(junit, "junit.xml"))
                .hasMessageContaining("root element is <testsuite>");
        Path text = Files.writeString(folder.resolve("README.md"), "# Coverage\n\n85%\n");
        assertThatThrownBy(() -> CoverageReportParser.parse(text, "README.md"))
                .hasMessageContaining("not a coverage report");
        Path empty = Files.writeString(folder.resolve("empty.info"), "\n");
        assertThatThrownBy(() -> CoverageReportParser.parse(empty, "empty.info"))
                .hasMessageContaining("empty");
        Path orphan = Files.writeString(folder.resolve("orphan.info"), "TN:\nDA:1,1\n");
        assertThatThrownBy(() -> CoverageReportParser.parse(orphan, "orphan.info"))
                .hasMessage("orphan.info line 2: a DA record outside an SF section");
    }
}
