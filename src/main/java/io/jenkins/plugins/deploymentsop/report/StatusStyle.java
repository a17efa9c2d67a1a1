package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Locale;
import java.util.Set;

/**
 * The look of a status word from a record (PASSED, FAIL, SUCCEEDED, ROLLED_BACK, …): a CSS class from a fixed set
 * and a symbol for Markdown. Unknown words are neutral, so a status read from a file never picks its own class.
 */
enum StatusStyle {
    GOOD("dsr-good", "✓"),
    BAD("dsr-bad", "✗"),
    WARN("dsr-warn", "⚠"),
    NEUTRAL("dsr-neutral", "•");

    private static final Set<String> GOOD_WORDS = Set.of("PASSED", "PASS", "SUCCEEDED", "CONFIRM", "PROMOTE", "OK");
    private static final Set<String> BAD_WORDS =
            Set.of("FAILED", "FAIL", "ERROR", "ROLLED_BACK", "REJECT", "ABORT", "ABORTED", "ROLLBACK", "P0");
    private static final Set<String> WARN_WORDS =
            Set.of("WARNING", "MARGINAL", "INCONCLUSIVE", "WAIVED", "WAIVE", "PENDING", "STARTED", "IN_PROGRESS", "P1");

    private final String cssClass;
    private final String symbol;

    StatusStyle(final String cssClass, final String symbol) {
        this.cssClass = cssClass;
        this.symbol = symbol;
    }

    static StatusStyle of(@CheckForNull final Object status) {
        String word = status == null ? "" : String.valueOf(status).strip().toUpperCase(Locale.ROOT);
        if (GOOD_WORDS.contains(word)) {
            return GOOD;
        }
        if (BAD_WORDS.contains(word)) {
            return BAD;
        }
        if (WARN_WORDS.contains(word)) {
            return WARN;
        }
        return NEUTRAL;
    }

    String cssClass() {
        return cssClass;
    }

    String symbol() {
        return symbol;
    }
}
