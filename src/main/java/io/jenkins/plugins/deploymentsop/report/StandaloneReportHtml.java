package io.jenkins.plugins.deploymentsop.report;

/**
 * The self-contained HTML file for the workspace: a full document with the stylesheet inlined and no script. Its own
 * Content-Security-Policy (a {@code meta} element) allows nothing but that one stylesheet, by hash, and
 * {@code data:} images; so the file stays inert wherever it is opened. Servers may send a stricter header.
 */
final class StandaloneReportHtml {
    private StandaloneReportHtml() {}

    /** Returns the policy the file declares; a server that serves the file may send the same as a header. */
    static String contentSecurityPolicy() {
        return "default-src 'none'; style-src " + ReportStylesheet.cspHashSource()
                + "; img-src data:; base-uri 'none'; form-action 'none'";
    }

    static String render(final ReportData data) {
        HtmlWriter html = new HtmlWriter();
        html.open("html", "lang", "en");
        html.open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content", contentSecurityPolicy());
        html.empty("meta", "name", "referrer", "content", "no-referrer");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.element("title", "Deployment report: " + Labels.title(data.record()));
        html.open("style").close();
        html.close();
        html.open("body", "class", "dsr-standalone");
        html.open("main");
        html.element("h1", "Deployment report", "class", "dsr-document-title");
        ReportHtml.write(data, html);
        html.close().close().close();
        // the stylesheet is our own constant text (checked to hold no "</"), the only markup not written escaped
        return "<!DOCTYPE html>\n"
                + html.toString().replace("<style></style>", "<style>" + ReportStylesheet.css() + "</style>");
    }
}
