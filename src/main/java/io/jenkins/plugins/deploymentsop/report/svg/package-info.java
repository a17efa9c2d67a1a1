/**
 * Server-side SVG charts: standalone, CSP-clean markup (no script, no event handlers, no style attributes) styled by
 * classes: from css/deployment-sop.css on the DORA page, from css/deployment-report.css in the deployment report.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.report.svg;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
