/**
 * Renderings of a deployment record: the HTML fragment of the build's "Deployment Report" tab, a self-contained HTML
 * file, the SOP's Markdown report, the JSON record with a computed summary, and the one-line summary of the build page.
 * Every string that comes from a user or a file is escaped by the writers in this package; charts are server-side SVG.
 * The entry points are {@link io.jenkins.plugins.deploymentsop.report.DeploymentReport} for a deployment and
 * {@link io.jenkins.plugins.deploymentsop.report.DoraPageRenderer} for the DORA pages.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
