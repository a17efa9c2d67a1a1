package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.BandThresholds;
import io.jenkins.plugins.deploymentsop.dora.DurationBands;
import io.jenkins.plugins.deploymentsop.dora.PercentageBands;
import io.jenkins.plugins.deploymentsop.report.HtmlWriter;

/** The collapsible "how is this computed" section, with the band bounds in effect. Works without JavaScript. */
final class Definitions {
    private Definitions() {}

    static void render(final HtmlWriter html, final BandThresholds thresholds) {
        html.open("details", "class", "dsop-dora-definitions");
        html.element("summary", "How these metrics are computed");
        html.open("dl");
        item(
                html,
                "Deployment frequency",
                "Production deployments (aborted runs excluded) per day and week. The band uses the mean time"
                        + " between deployments: " + bounds(thresholds.getDeploymentInterval())
                        + ". The Four Keys class is Daily when the median week has at least 3 days with a"
                        + " deployment, Weekly when most weeks have one, Monthly when most 4-week months have one,"
                        + " Yearly otherwise.");
        item(
                html,
                "Lead time for changes",
                "For each commit, from commit time to the end of its first successful production deployment;"
                        + " median and 90th percentile. Bands by median: " + bounds(thresholds.getLeadTime()) + ".");
        item(
                html,
                "Change failure rate",
                "Failed and rolled-back deployments divided by all deployments (aborted runs excluded). Bands: "
                        + bounds(thresholds.getChangeFailureRate()) + ".");
        item(
                html,
                "Failed deployment recovery time",
                "For each failed or rolled-back deployment, from failure detection to service restoration; failures"
                        + " not yet restored are listed as open. Bands by median: "
                        + bounds(thresholds.getRecoveryTime()) + ".");
        item(
                html,
                "Deployment rework rate",
                "Unplanned deployments (hotfixes) divided by all deployments. Bands: "
                        + bounds(thresholds.getReworkRate()) + ".");
        html.close();
        html.element(
                "p",
                "Default bands follow the 2024 Accelerate State of DevOps report; administrators can change them.",
                "class",
                "dsop-dora-source");
        html.close();
    }

    private static void item(final HtmlWriter html, final String term, final String definition) {
        html.element("dt", term).element("dd", definition);
    }

    private static String bounds(final DurationBands bands) {
        return String.format(
                "elite up to %s, high up to %s, medium up to %s, low above",
                bands.getElite(), bands.getHigh(), bands.getMedium());
    }

    private static String bounds(final PercentageBands bands) {
        return String.format(
                "elite up to %s, high up to %s, medium up to %s, low above",
                bands.getElite(), bands.getHigh(), bands.getMedium());
    }
}
