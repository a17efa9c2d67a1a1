package io.jenkins.plugins.deploymentsop.checklist.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LCOV tracefiles (geninfo, Istanbul, c8, grcov, cargo-llvm-cov, Dart, ...). Coverage is computed from the
 * {@code DA} and {@code BRDA} records, de-duplicated per source file, because producers repeat line records and
 * merge tools repeat whole sections; the {@code LF/LH/BRF/BRH} summary lines are only used for a file without
 * detail records, and a file without them is fine.
 */
final class LcovParser {
    static final String FORMAT = "LCOV";
    private static final Pattern LCOV_START = Pattern.compile("^(TN|SF|VER):.*", Pattern.DOTALL);
    private static final int MAX_LINE_NUMBER = 10_000_000;

    private final String file;
    private final Map<String, SourceFile> sources = new HashMap<>();

    @CheckForNull
    private SourceFile current;

    private long lineNumber;

    private LcovParser(final String file) {
        this.file = file;
    }

    static boolean looksLikeLcov(final String start) {
        return LCOV_START.matcher(start).matches();
    }

    static CoverageSummary parse(final InputStream input, final String file) throws IOException, ReportException {
        return new LcovParser(file).read(input);
    }

    private CoverageSummary read(final InputStream input) throws IOException, ReportException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            record(line.strip());
        }
        CoverageCounter lines = CoverageCounter.NONE;
        CoverageCounter branches = CoverageCounter.NONE;
        for (SourceFile source : sources.values()) {
            lines = lines.plus(source.lines());
            branches = branches.plus(source.branches());
        }
        return CoverageSummary.of(lines, branches, FORMAT);
    }

    private void record(final String line) throws ReportException {
        int colon = line.indexOf(':');
        String tag = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        switch (tag) {
            case "SF":
                current = sources.computeIfAbsent(value, name -> new SourceFile());
                break;
            case "end_of_record":
                current = null;
                break;
            case "DA":
                lineRecord(value);
                break;
            case "BRDA":
                branchRecord(value);
                break;
            case "LF":
                section(tag).summaryLines = Math.max(section(tag).summaryLines, number(value, tag));
                break;
            case "LH":
                section(tag).summaryLinesHit = Math.max(section(tag).summaryLinesHit, number(value, tag));
                break;
            case "BRF":
                section(tag).summaryBranches = Math.max(section(tag).summaryBranches, number(value, tag));
                break;
            case "BRH":
                section(tag).summaryBranchesHit = Math.max(section(tag).summaryBranchesHit, number(value, tag));
                break;
            default:
                // TN, VER, FN, FNDA, FNF, FNH, FNL, FNA, comments and blank lines carry nothing we gate on
                break;
        }
    }

    private void lineRecord(final String value) throws ReportException {
        String[] parts = value.split(",");
        if (parts.length < 2) {
            throw error("a DA record needs 'line,hits': 'DA:" + value + "'");
        }
        long line = number(parts[0], "DA");
        if (line < 1 || line > MAX_LINE_NUMBER) {
            throw error("implausible line number in 'DA:" + value + "'");
        }
        SourceFile source = section("DA");
        source.found.set((int) line);
        if (hits(parts[1], "DA") > 0) {
            source.hit.set((int) line);
        }
    }

    private void branchRecord(final String value) throws ReportException {
        String[] parts = value.split(",");
        if (parts.length < 4) {
            throw error("a BRDA record needs 'line,block,branch,taken': 'BRDA:" + value + "'");
        }
        SourceFile source = section("BRDA");
        String key = parts[0] + ',' + parts[1] + ',' + parts[2];
        source.branches.add(key);
        String taken = parts[3].strip();
        if (!taken.equals("-") && hits(taken, "BRDA") > 0) {
            source.branchesHit.add(key);
        }
    }

    private SourceFile section(final String tag) throws ReportException {
        SourceFile section = current;
        if (section == null) {
            throw error("a " + tag + " record outside an SF section");
        }
        return section;
    }

    private long number(final String value, final String tag) throws ReportException {
        try {
            long number = Long.parseLong(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException exception) {
            // reported below
        }
        throw error("'" + value + "' in a " + tag + " record is not a count");
    }

    private long hits(final String value, final String tag) throws ReportException {
        try {
            // gcov may write negative counts after counter overflows; lcov treats them as not executed
            return Math.max(0, Math.round(Double.parseDouble(value.strip())));
        } catch (NumberFormatException exception) {
            throw error("'" + value + "' in a " + tag + " record is not an execution count");
        }
    }

    private ReportException error(final String problem) {
        return new ReportException(file, (int) Math.min(Integer.MAX_VALUE, lineNumber), 0, problem);
    }

    /** Everything recorded for one source file across all its sections. */
    private static final class SourceFile {
        private final BitSet found = new BitSet();
        private final BitSet hit = new BitSet();
        private final Set<String> branches = new HashSet<>();
        private final Set<String> branchesHit = new HashSet<>();
        private long summaryLines;
        private long summaryLinesHit;
        private long summaryBranches;
        private long summaryBranchesHit;

        CoverageCounter lines() {
            if (!found.isEmpty()) {
                return new CoverageCounter(hit.cardinality(), found.cardinality());
            }
            return new CoverageCounter(Math.min(summaryLinesHit, summaryLines), summaryLines);
        }

        CoverageCounter branches() {
            if (!branches.isEmpty()) {
                return new CoverageCounter(branchesHit.size(), branches.size());
            }
            return new CoverageCounter(Math.min(summaryBranchesHit, summaryBranches), summaryBranches);
        }
    }
}
