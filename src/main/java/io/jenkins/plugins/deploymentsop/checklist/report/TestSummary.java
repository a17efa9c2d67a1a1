package io.jenkins.plugins.deploymentsop.checklist.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Test counts over all report files of a tests item, and the first failures. Flaky tests (failed, then passed on a
 * rerun) count as passed.
 */
public final class TestSummary {
    /** How many failures are kept by name. */
    public static final int MAX_FAILURES = 10;

    private final int files;
    private final long total;
    private final long passed;
    private final long flaky;
    private final long failures;
    private final long errors;
    private final long skipped;
    private final List<TestFailure> firstFailures;

    private TestSummary(final Builder builder) {
        files = builder.files;
        total = builder.total;
        passed = builder.passed;
        flaky = builder.flaky;
        failures = builder.failures;
        errors = builder.errors;
        skipped = builder.skipped;
        firstFailures = List.copyOf(builder.firstFailures);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int files() {
        return files;
    }

    /**
     * Returns the number of test cases, plus one for each failed suite without any test case.
     *
     * @return the total
     */
    public long total() {
        return total;
    }

    public long passed() {
        return passed;
    }

    public long flaky() {
        return flaky;
    }

    public long failures() {
        return failures;
    }

    public long errors() {
        return errors;
    }

    /**
     * Returns failures and errors together: tests that did not pass.
     *
     * @return the count
     */
    public long failed() {
        return failures + errors;
    }

    public long skipped() {
        return skipped;
    }

    /**
     * Returns the tests that ran, i.e. were not skipped.
     *
     * @return the count
     */
    public long executed() {
        return total - skipped;
    }

    public List<TestFailure> firstFailures() {
        return firstFailures;
    }

    @Override
    public String toString() {
        return String.format(
                "%d tests in %d files: %d passed (%d flaky), %d failures, %d errors, %d skipped",
                total, files, passed, flaky, failures, errors, skipped);
    }

    /** Accumulates counts while the parser streams through the files. */
    public static final class Builder {
        private int files;
        private long total;
        private long passed;
        private long flaky;
        private long failures;
        private long errors;
        private long skipped;
        private final List<TestFailure> firstFailures = new ArrayList<>();

        private Builder() {}

        void file() {
            files++;
        }

        void passed(final boolean wasFlaky) {
            total++;
            passed++;
            if (wasFlaky) {
                flaky++;
            }
        }

        void skipped() {
            total++;
            skipped++;
        }

        void failed(final boolean isError, final TestFailure failure) {
            total++;
            if (isError) {
                errors++;
            } else {
                failures++;
            }
            if (wantsMoreFailures()) {
                firstFailures.add(failure);
            }
        }

        boolean wantsMoreFailures() {
            return firstFailures.size() < MAX_FAILURES;
        }

        public TestSummary build() {
            return new TestSummary(this);
        }
    }
}
