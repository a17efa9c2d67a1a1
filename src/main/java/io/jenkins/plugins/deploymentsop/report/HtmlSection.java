package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;

/** The parts every section of the report tab shares: a titled section, the one-line empty note, table heads. */
final class HtmlSection {
    private HtmlSection() {}

    /** Opens a section with its heading; the caller closes it. */
    static void open(final HtmlWriter html, final String id, final String title) {
        html.open("section", "id", id, "class", "dsr-section");
        html.element("h3", title, "class", "dsr-section-title");
    }

    /** Writes the one line that says a section has nothing to show. */
    static void empty(final HtmlWriter html, final String text) {
        html.element("p", text, "class", "dsr-empty");
    }

    /** Opens a scrollable table and writes its head row; the caller writes the body rows and calls {@link #end}. */
    static void table(final HtmlWriter html, final String cssClass, final String... columns) {
        html.open("div", "class", "dsr-scroll");
        html.open("table", "class", "dsr-table " + cssClass);
        html.open("thead").open("tr");
        for (String column : columns) {
            html.element("th", column, "scope", "col");
        }
        html.close().close();
        html.open("tbody");
    }

    /** Closes a table opened by {@link #table}. */
    static void end(final HtmlWriter html) {
        html.close().close().close();
    }

    /** Writes a cell with text. */
    static void cell(final HtmlWriter html, @CheckForNull final Object text) {
        html.element("td", Texts.orNone(text));
    }

    /** Writes a cell with a monospaced value such as a commit id or checksum. */
    static void codeCell(final HtmlWriter html, @CheckForNull final Object text) {
        html.open("td").element("code", Texts.orNone(text), "class", "dsr-code").close();
    }

    /** Writes a cell with a time. */
    static void timeCell(final HtmlWriter html, @CheckForNull final Instant at) {
        html.open("td", "class", "dsr-time").time(at).close();
    }

    /** Writes a cell with a status badge. */
    static void statusCell(final HtmlWriter html, @CheckForNull final Object status) {
        html.open("td");
        if (Texts.NONE.equals(Texts.orNone(status))) {
            html.text(Texts.NONE);
        } else {
            badge(html, status);
        }
        html.close();
    }

    /** Writes a status word as a badge whose class comes from a fixed set. */
    static void badge(final HtmlWriter html, @CheckForNull final Object status) {
        html.element(
                "span",
                Texts.orNone(status),
                "class",
                "dsr-badge " + StatusStyle.of(status).cssClass());
    }
}
