package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.dora.DoraCalculator;
import io.jenkins.plugins.deploymentsop.dora.DoraQuery;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.DoraWindow;
import io.jenkins.plugins.deploymentsop.dora.EventFilter;
import io.jenkins.plugins.deploymentsop.dora.export.DoraCsvExport;
import io.jenkins.plugins.deploymentsop.dora.export.DoraJsonExport;
import io.jenkins.plugins.deploymentsop.dora.index.IndexHealth;
import io.jenkins.plugins.deploymentsop.dora.index.IndexSnapshot;
import io.jenkins.plugins.deploymentsop.report.DoraPageRenderer;
import io.jenkins.plugins.deploymentsop.report.dora.DoraPageRequest;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.WebMethod;

/**
 * What the job-level and the global DORA pages share: the model is built on request from the deployment index
 * (never from builds), for the jobs the current user may read, with the window, service and environment of the
 * request. Exports live under {@code api/}.
 */
public class DoraView {
    private final String heading;
    private final Supplier<Set<String>> readableJobs;

    /**
     * Creates the view.
     *
     * @param heading the page heading
     * @param readableJobs the full names of the jobs whose deployments the current user may see
     */
    DoraView(final String heading, final Supplier<Set<String>> readableJobs) {
        this.heading = heading;
        this.readableJobs = readableJobs;
    }

    /**
     * Renders the page body for the request's filters.
     *
     * @param window the window in days (7, 30, 90 or 365; default 30)
     * @param service the service filter, empty for all
     * @param environment the environment filter, empty for all
     * @return the HTML fragment (escaped by the renderer)
     * @throws IOException if the index cannot be read
     */
    public String page(
            @CheckForNull final String window,
            @CheckForNull final String service,
            @CheckForNull final String environment)
            throws IOException {
        Computed computed = compute(service, environment);
        DoraWindow shown = DoraWindow.MONTH;
        DoraPageRequest request;
        try {
            if (window != null && !window.isBlank()) {
                shown = DoraWindow.valueOf("window", window);
            }
            request = DoraPageRequest.of(shown, heading);
        } catch (InvalidInputException exception) {
            request = DoraPageRequest.of(shown, heading).withNotice(exception.getMessage());
        }
        if (!computed.report().getWindows().contains(shown)) {
            request = DoraPageRequest.of(DoraWindow.MONTH, heading)
                    .withNotice("Window " + shown.getDays() + " days is not offered; showing 30 days");
        }
        for (String notice : computed.notices()) {
            request = request.withNotice(notice);
        }
        return DoraPageRenderer.render(computed.report(), request);
    }

    /**
     * Returns the exports, at {@code api/dora.json} and {@code api/dora.csv}.
     *
     * @return the export endpoints
     */
    public Exports getApi() {
        return new Exports();
    }

    private Computed compute(@CheckForNull final String service, @CheckForNull final String environment)
            throws IOException {
        IndexSnapshot snapshot = DoraIndexes.snapshot();
        EventFilter filter = EventFilter.production()
                .withJobs(readableJobs.get())
                .withService(service == null ? "" : service)
                .withEnvironment(environment == null ? "" : environment);
        DoraQuery query = DoraQuery.builder(Instant.now())
                .filter(filter)
                .thresholds(DeploymentSopConfiguration.get().getBandThresholds())
                .build();
        DoraReport report = DoraCalculator.compute(snapshot.getTable(), query);
        return new Computed(report, noticesOf(snapshot.getHealth()));
    }

    private static List<String> noticesOf(final IndexHealth health) {
        List<String> notices = new ArrayList<>();
        DoraIndexes.rebuildNotice().ifPresent(notices::add);
        if (health.getCorruptLines() > 0) {
            notices.add(health.getCorruptLines() + " corrupt lines of the deployment index were skipped");
        }
        return notices;
    }

    private record Computed(DoraReport report, List<String> notices) {}

    /** The JSON and CSV exports of the same model; served as UTF-8 text so no browser can take them for HTML. */
    public class Exports {
        /**
         * Exports the metrics as JSON.
         *
         * @param service the service filter
         * @param environment the environment filter
         * @return the JSON
         * @throws IOException if the index cannot be read
         */
        @WebMethod(name = "dora.json")
        public HttpResponse doJson(@QueryParameter final String service, @QueryParameter final String environment)
                throws IOException {
            return HttpResponses.text(
                    DoraJsonExport.toJson(compute(service, environment).report()));
        }

        /**
         * Exports the metrics per window as CSV.
         *
         * @param service the service filter
         * @param environment the environment filter
         * @return the CSV
         * @throws IOException if the index cannot be read
         */
        @WebMethod(name = "dora.csv")
        public HttpResponse doCsv(@QueryParameter final String service, @QueryParameter final String environment)
                throws IOException {
            return HttpResponses.text(
                    DoraCsvExport.windows(compute(service, environment).report()));
        }
    }
}
