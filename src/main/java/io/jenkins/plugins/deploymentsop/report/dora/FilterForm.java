package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.dora.EventFilter;
import io.jenkins.plugins.deploymentsop.report.HtmlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The filter form: a plain GET form with window, service and environment, usable without JavaScript. */
final class FilterForm {
    private FilterForm() {}

    static void render(final HtmlWriter html, final DoraReport report, final DoraWindow selected) {
        EventFilter filter = report.getQuery().getFilter();
        html.open("form", "class", "dsop-dora-filters", "method", "get");
        html.open("label", "class", "dsop-dora-filter").text("Period ");
        html.open("select", "name", PageLinks.WINDOW);
        for (DoraWindow window : report.getWindows()) {
            option(html, String.valueOf(window.getDays()), "Last " + window, window.equals(selected));
        }
        html.close().close();
        select(html, PageLinks.SERVICE, "Service ", "All services", report.getServices(), filter.getService());
        select(
                html,
                PageLinks.ENVIRONMENT,
                "Environment ",
                "All environments",
                report.getEnvironments(),
                filter.getEnvironment());
        html.element("button", "Apply", "type", "submit", "class", "jenkins-button");
        html.close();
    }

    private static void select(
            final HtmlWriter html,
            final String name,
            final String label,
            final String all,
            final List<String> choices,
            final Optional<String> selected) {
        List<String> values = new ArrayList<>(choices);
        // a filter from the URL that matches nothing stays visible, so the user sees why the page is empty
        selected.filter(value -> !values.contains(value)).ifPresent(values::add);
        html.open("label", "class", "dsop-dora-filter").text(label);
        html.open("select", "name", name);
        option(html, "", all, selected.isEmpty());
        for (String value : values) {
            option(html, value, value, selected.map(value::equals).orElse(false));
        }
        html.close().close();
    }

    private static void option(final HtmlWriter html, final String value, final String text, final boolean selected) {
        if (selected) {
            html.element("option", text, "value", value, "selected", "selected");
        } else {
            html.element("option", text, "value", value);
        }
    }
}
